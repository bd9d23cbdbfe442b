import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** Path inside the archive → uncompressed content. */
export type Archive = Map<string, Buffer>;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Reads a .zip the way the stores do: through its central directory. Enough for what `wxt zip`
 * writes (stored or deflated entries, no ZIP64, no encryption); anything else is an error, so
 * a malformed package fails the check instead of being half-read.
 */
export function readZip(file: string): Archive {
  const zip = readFileSync(file);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || zip.readUInt32LE(eocd) !== EOCD) throw new Error(`${file}: no end of central directory`);
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const archive: Archive = new Map();
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(offset) !== CENTRAL) throw new Error(`${file}: bad central directory entry ${index}`);
    const flags = zip.readUInt16LE(offset + 8);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new Error(`${file}: ${name} is encrypted`);
    if (name.endsWith('/')) continue;
    if (zip.readUInt32LE(localOffset) !== LOCAL) throw new Error(`${file}: bad local header for ${name}`);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    const content = method === 0 ? Buffer.from(raw) : method === 8 ? inflateRawSync(raw) : null;
    if (!content) throw new Error(`${file}: ${name} uses unsupported compression method ${method}`);
    if (content.length !== size) throw new Error(`${file}: ${name} inflates to ${content.length} bytes, expected ${size}`);
    archive.set(name, content);
  }
  return archive;
}

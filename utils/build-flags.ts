/** The e2e/demo build talks to mock CRMs on loopback; production builds never do. */
export const ALLOW_LOOPBACK = import.meta.env.MODE === 'e2e';

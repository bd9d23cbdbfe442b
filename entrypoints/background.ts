import { handlers } from '@/utils/background/handlers';
import { registerHandlers } from '@/utils/background/router';
import { restrictStorageToTrustedContexts } from '@/utils/background/storage-access';

export default defineBackground(() => {
  // Listeners are registered synchronously so a message that woke the worker is not missed.
  registerHandlers(handlers);
  void restrictStorageToTrustedContexts();
});

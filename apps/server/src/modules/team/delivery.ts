import type { AccountMailer } from '../accounts/mail';

/** How account links leave the server: by mail when configured, else shown once. */
export interface LinkChannel {
  mailer: AccountMailer | undefined;
  publicUrl: string;
}

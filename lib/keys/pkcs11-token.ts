// One PKCS#11 token, opened once per thread: the module loaded and initialised, the user logged in, and a small pool
// of sessions. A session runs one operation at a time (PKCS#11 v2.40 §5.6: an active SignInit/DecryptInit belongs
// to the session), so concurrent SCEP requests each borrow their own; pkcs11js runs the *Async calls on libuv's
// thread pool, so up to `maxSessions` token operations proceed in parallel.
//
// Worker threads: a cryptoki library is initialised per process, and the login state belongs to the application
// (v2.40 §2.6.7), so a second thread opening the same token gets CKR_CRYPTOKI_ALREADY_INITIALIZED and
// CKR_USER_ALREADY_LOGGED_IN — both mean "ready" here. No thread ever calls C_Finalize: it would close the
// library under its siblings; the process exit releases it.
import pkcs11js from 'pkcs11js';

export type Pkcs11 = InstanceType<typeof pkcs11js.PKCS11>;
export type Pkcs11Handle = Buffer;

export interface Pkcs11TokenOptions {
  /** Path of the vendor's cryptoki library, e.g. /usr/lib/softhsm/libsofthsm2.so. */
  modulePath: string;
  /** CKA_LABEL of the token (softhsm2-util --init-token --label …). */
  tokenLabel: string;
  /** The user PIN. */
  pin: string;
  /** Sessions kept open; defaults to libuv's thread-pool size (4). */
  maxSessions?: number;
}

/** pkcs11js throws Pkcs11Error with the CK_RV in `code`. */
export function isPkcs11Error(error: unknown, code: number): boolean {
  return error instanceof pkcs11js.NativeError && (error as { code?: number }).code === code;
}

export class Pkcs11Token {
  readonly label: string;
  readonly module: Pkcs11;
  readonly #slot: Pkcs11Handle;
  readonly #idle: Pkcs11Handle[] = [];
  readonly #waiting: ((session: Pkcs11Handle) => void)[] = [];
  readonly #maxSessions: number;
  #openSessions = 0;

  private constructor(module: Pkcs11, slot: Pkcs11Handle, label: string, maxSessions: number) {
    this.module = module;
    this.#slot = slot;
    this.label = label;
    this.#maxSessions = maxSessions;
  }

  static open({ modulePath, tokenLabel, pin, maxSessions = 4 }: Pkcs11TokenOptions): Pkcs11Token {
    const module = new pkcs11js.PKCS11();
    module.load(modulePath);
    try {
      // CKF_OS_LOCKING_OK: the *Async calls reach the library from several threads at once.
      module.C_Initialize({ flags: pkcs11js.CKF_OS_LOCKING_OK });
    } catch (error) {
      if (!isPkcs11Error(error, pkcs11js.CKR_CRYPTOKI_ALREADY_INITIALIZED)) throw error;
    }
    // CK_TOKEN_INFO.label is blank-padded to 32 bytes (v2.40 §3.2).
    const slot = module.C_GetSlotList(true).find((candidate) => module.C_GetTokenInfo(candidate).label.trimEnd() === tokenLabel);
    if (!slot) throw new Error(`No PKCS#11 token labelled '${tokenLabel}' in ${modulePath}`);
    const token = new Pkcs11Token(module, slot, tokenLabel, maxSessions);
    const session = token.#openSession();
    try {
      module.C_Login(session, pkcs11js.CKU_USER, pin);
    } catch (error) {
      if (!isPkcs11Error(error, pkcs11js.CKR_USER_ALREADY_LOGGED_IN)) {
        module.C_CloseSession(session);
        throw new Error(`Login to PKCS#11 token '${tokenLabel}' failed: ${(error as Error).message}`);
      }
    }
    token.#idle.push(session);
    return token;
  }

  /** Runs `operation` on a session of its own, returned to the pool afterwards. */
  async withSession<T>(operation: (session: Pkcs11Handle) => Promise<T> | T): Promise<T> {
    const session = await this.#acquire();
    try {
      return await operation(session);
    } finally {
      this.#release(session);
    }
  }

  #openSession(): Pkcs11Handle {
    const session = this.module.C_OpenSession(this.#slot, pkcs11js.CKF_SERIAL_SESSION | pkcs11js.CKF_RW_SESSION);
    this.#openSessions += 1;
    return session;
  }

  #acquire(): Promise<Pkcs11Handle> {
    const idle = this.#idle.pop();
    if (idle) return Promise.resolve(idle);
    if (this.#openSessions < this.#maxSessions) return Promise.resolve(this.#openSession());
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(session: Pkcs11Handle): void {
    const next = this.#waiting.shift();
    if (next) next(session);
    else this.#idle.push(session);
  }
}

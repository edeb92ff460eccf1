// Freezes the wall clock of a child process at PGMI_FIXED_NOW (an ISO instant) so that
// time-stamped signatures (AWS SigV4) are reproducible across processes. Timers are not
// affected: they run on the monotonic clock.
const fixed = Date.parse(process.env.PGMI_FIXED_NOW ?? '');
if (!Number.isNaN(fixed)) {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(fixed);
      else super(...args);
    }
    static now() {
      return fixed;
    }
  }
  globalThis.Date = FixedDate;
}

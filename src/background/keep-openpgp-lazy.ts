// Firefox's stand-in for provide-openpgp.ts (vite.config.ts aliases it): nothing is provided, so the core loads
// openpgp with import() when a signature is first checked, and the background starts without it.
export {};

/** The port name of the long-lived channel for a running check: progress, then one final message. */
export const CHECK_PORT_NAME = 'scopecheck.check';

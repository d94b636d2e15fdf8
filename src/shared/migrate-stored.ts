/** How a versioned item sits in storage. */
export interface StoredEnvelope {
  v: number;
  value: unknown;
}

export type Migrations = Record<number, (previous: unknown) => unknown>;

export interface MigrationOutcome {
  value: unknown;
  /** The version the value now has. */
  version: number;
  /** Whether the value changed and should be written back. */
  migrated: boolean;
  /** A step that threw: the value is left at the last good version. */
  failedStep: number | null;
}

/** Reads a stored envelope; a bare value (written before versioning) counts as version 0. */
export function readEnvelope(stored: unknown): StoredEnvelope | null {
  if (stored === undefined || stored === null) return null;
  if (typeof stored === 'object' && !Array.isArray(stored) && 'v' in stored && 'value' in stored) {
    const { v, value } = stored as { v: unknown; value: unknown };
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return { v, value };
  }
  return { v: 0, value: stored };
}

/**
 * Runs the steps `from+1 … to` in order. A missing step leaves the value as is (a pure schema
 * widening needs no step); a step that throws stops the chain. Newer versions (a downgrade) are left alone.
 */
export function migrateStored(envelope: StoredEnvelope, to: number, migrations: Migrations): MigrationOutcome {
  let value = envelope.value;
  let version = envelope.v;
  if (version >= to) return { value, version, migrated: false, failedStep: null };
  while (version < to) {
    const step = migrations[version + 1];
    if (step) {
      try {
        value = step(value);
      } catch {
        return { value, version, migrated: version !== envelope.v, failedStep: version + 1 };
      }
    }
    version++;
  }
  return { value, version, migrated: true, failedStep: null };
}

import { defineItem } from './storage-item.ts';
import {
  SETTINGS_MIGRATIONS, SETTINGS_VERSION, SettingsSchema, defaultSettings, type Settings,
} from '../shared/settings-schema.ts';

/** The user's settings, in storage.local (never synced: the profile and scopes stay on this device). */
export const settingsItem = defineItem<Settings>({
  area: 'local',
  key: 'settings',
  schema: SettingsSchema,
  fallback: defaultSettings,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

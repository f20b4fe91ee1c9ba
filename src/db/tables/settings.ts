// Tables owned by the settings feature (filled in by its migration).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SettingsTables {}

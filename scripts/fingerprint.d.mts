export const STAMP_FILE: string;
export const APP_SOURCE_DIRS: string[];
export const APP_SOURCE_FILES: string[];
export function sourceFingerprint(root: string, dirs?: string[], extraFiles?: string[]): string;

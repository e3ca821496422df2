/** Exit codes shared by every command (decK / terraform -detailed-exitcode convention). */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_CHANGES = 2;
export const EXIT_INTERNAL = 3;

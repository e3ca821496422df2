/** ARM names are URL path segments: no `/` (it would split the resource id), `\`, `%` or control characters either. */
export const ARM_NAME_PATTERN = "^[^*#&+:<>?/\\\\%\\u0000-\\u001F\\u007F]+$";

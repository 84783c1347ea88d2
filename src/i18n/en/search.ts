/** English messages for the search area; keys start with "search.". */
export const search = {
} as const;

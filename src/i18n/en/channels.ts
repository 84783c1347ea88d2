/** English messages for the channels area; keys start with "channels.". */
export const channels = {
} as const;

/** English messages for the chat area; keys start with "chat.". */
export const chat = {
} as const;

/** English messages for the tickets area; keys start with "tickets.". */
export const tickets = {
} as const;

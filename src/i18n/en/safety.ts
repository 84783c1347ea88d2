/** English messages for the safety area; keys start with "safety.". */
export const safety = {
} as const;

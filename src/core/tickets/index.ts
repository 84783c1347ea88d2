/** Ticket stores (no DOM): the form with drafts and idempotent submit, "my tickets", attachments. */
export { TicketFormStore, SUBJECT, DESCRIPTION, DESCRIPTION_MIN_LENGTH, type FormStatus, type SubmitOutcome, type TicketFormStoreOptions } from './form-store.js';
export { TicketsStore, type LoadState, type ReplyOutcome, type TicketsStoreOptions } from './tickets-store.js';
export { AttachmentQueue, DEFAULT_LIMITS, accepts, fileType, resolveLimits, formatMegabytes, type AttachmentItem, type AttachmentStatus } from './attachments.js';
export { DraftStorage, type TicketDraft } from './drafts.js';
export { DeflectionStore } from './deflection.js';
export { isFieldVisible, visibleFields } from './visibility.js';
export { Observable, StoreController } from './observable.js';

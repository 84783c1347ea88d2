/**
 * URLs from the backend that the widget may put in an `href` or `src`. The schemas accept any
 * string, so a hostile or broken backend could hand over `javascript:` or an HTML `data:` URL.
 */

/** An image source: https, a local blob, or an inline raster/SVG image (an `<img>` runs no SVG script). */
export const SAFE_IMAGE = /^(https:|blob:|data:image\/(png|jpe?g|gif|webp|svg\+xml)[;,])/i;

/** A link to a file: https, a local blob, or an inline raster image or PDF (never HTML or SVG, which could run script). */
export const SAFE_FILE = /^(https:|blob:|data:(image\/(png|jpe?g|gif|webp)|application\/pdf)[;,])/i;

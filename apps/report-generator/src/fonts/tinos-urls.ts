// The Vietnamese subset of Tinos built by @kehoach/vanban (it also carries "█" and "■" for the
// appendix charts and "→"). Vite gives hashed URLs, fetched only on export.
import bold from "@kehoach/vanban/fonts/tinos-vi/Tinos-Bold.ttf?url";
import bolditalics from "@kehoach/vanban/fonts/tinos-vi/Tinos-BoldItalic.ttf?url";
import italics from "@kehoach/vanban/fonts/tinos-vi/Tinos-Italic.ttf?url";
import normal from "@kehoach/vanban/fonts/tinos-vi/Tinos-Regular.ttf?url";

export const TINOS_URLS = { normal, bold, italics, bolditalics };

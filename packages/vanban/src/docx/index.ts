export { DOCX_MIME_TYPE } from "./package.js";
export { type RenderDocxOptions, renderDocx } from "./render.js";
export { STYLE as DOCX_STYLES } from "./styles.js";

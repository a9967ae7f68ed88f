// The landing page needs no script of its own: it only brings in the design tokens and its styles.
import "@kehoach/ui/tokens.css";
import "./landing.css";

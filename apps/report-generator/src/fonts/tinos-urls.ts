// The full Tinos files (not the Vietnamese subset): the appendix charts draw their bars with the
// full-block character "█", which the subset leaves out. Vite gives hashed URLs, fetched only on
// export.
import normal from "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf?url";
import italics from "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf?url";
import bold from "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf?url";
import bolditalics from "@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf?url";

export const TINOS_URLS = { normal, bold, italics, bolditalics };

import "../common"

// Portuguese: the kiosk's Latin keyboard; á ã â à on long-press of "a" and its own "ç" key.
LatinLayout { cedillaKey: true }

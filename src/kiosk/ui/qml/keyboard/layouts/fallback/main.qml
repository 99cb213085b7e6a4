import "../common"

// Any other locale: the kiosk's Latin keyboard.
LatinLayout {}

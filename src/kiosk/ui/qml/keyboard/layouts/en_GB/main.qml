import "../common"

// English: the kiosk's Latin keyboard (accents on long-press, "@" and ".com" for email).
LatinLayout {}

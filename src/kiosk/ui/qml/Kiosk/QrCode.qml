import QtQuick

// A QR code drawn in whole device pixels, whatever the canvas's scale: the provider renders
// it for the scale it is drawn at (deviceScale: every ancestor's scale times the screen's
// pixel ratio) in whole device pixels per module; the item is the image's own size, scaled
// by 1 / deviceScale (so the scene graph's transform is the identity and the renderer blits
// it pixel for pixel) and nudged onto the device pixel grid. Lay it out by shownWidth and
// shownHeight (x and y, not anchors: the scale is about the top left corner). Placed again
// after each frame: the canvas's scale and the item's position change with the window.
Image {
    id: code

    required property string url  // image://qr/...?lang=..., without the scale
    property real deviceScale: 0  // 0 until placed: nothing is requested before
    readonly property bool placed: deviceScale > 0
    // At least 6 device pixels per module on a 1080p screen (the kiosk's window fills it),
    // landscape or upright.
    readonly property int minModulePx: Math.min(code.Window.width, code.Window.height)
                                       * Screen.devicePixelRatio >= 1080 ? 6 : 4

    source: placed && url !== ""
            ? url + (url.indexOf("?") < 0 ? "?" : "&") + "scale=" + deviceScale.toFixed(4)
              + "&min=" + minModulePx : ""
    readonly property real shownWidth: placed ? sourceSize.width / deviceScale : 0
    readonly property real shownHeight: placed ? sourceSize.height / deviceScale : 0
    width: sourceSize.width
    height: sourceSize.height
    scale: placed ? 1 / deviceScale : 1
    transformOrigin: Item.TopLeft
    asynchronous: false  // drawn on the UI thread: see QrImageProvider
    cache: true
    smooth: false
    mipmap: false
    transform: Translate { id: nudge }

    function place() {
        const ratio = Screen.devicePixelRatio
        let scale = ratio
        for (let item = code.parent; item; item = item.parent)
            scale *= item.scale
        if (Math.abs(scale - deviceScale) > 0.0001)
            deviceScale = scale
        if (!code.parent)
            return
        // Where the layout put it, in device pixels, and the fraction off the grid.
        const origin = code.parent.mapToItem(null, code.x, code.y)
        // (A Translate is in the parent's units: applied outside the item's own scale.)
        const dx = (Math.round(origin.x * ratio) - origin.x * ratio) / scale
        const dy = (Math.round(origin.y * ratio) - origin.y * ratio) / scale
        if (Math.abs(nudge.x - dx) > 0.0001)
            nudge.x = dx
        if (Math.abs(nudge.y - dy) > 0.0001)
            nudge.y = dy
    }

    Component.onCompleted: place()
    Connections {
        target: code.Window.window
        function onFrameSwapped() { code.place() }
    }
}

import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// The pavilion maps: a tab per pavilion, the map zoomable by pinch or by the +/- buttons,
// booths as markers that lead to their exhibitor, and the list of booths beside it.
Item {
    id: root
    objectName: "mapScreen"
    required property MapPage mapPage
    property QtObject here: null  // a YouAreHere: the kiosk's own place (staff Settings), if chosen
    signal exhibitorChosen(string exhibitorId)

    readonly property var pavilion: mapPage.mapPavilion
    readonly property real mapWidth: Math.max(1, pavilion.mapWidth)
    readonly property real mapHeight: Math.max(1, pavilion.mapHeight)

    Rectangle { anchors.fill: parent; color: Theme.background }

    CatalogHeader {
        id: header
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        // The pavilion's whole official name (its tab shows the short one).
        title: root.pavilion.name !== "" ? root.pavilion.name : qsTr("Pavilion map")
        wrapTitle: true
        subtitle: qsTr("Tap a booth to see who is there. Pinch or use + and − to zoom.")
    }

    // One tab per pavilion: in a row, or on a narrow (portrait) canvas one under the other,
    // so official pavilion names keep their width.
    Flow {
        id: tabs
        anchors.top: header.bottom
        anchors.topMargin: Theme.spacing / 2
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing / 2
        Repeater {
            model: root.mapPage.pavilions
            delegate: FilterChip {
                required property string pavilionId
                required property string name
                required property string fullName
                required property int boothCount
                objectName: "mapTab_" + pavilionId
                width: Theme.narrow ? tabs.width
                                    : (tabs.width - (root.mapPage.pavilions.count - 1) * tabs.spacing)
                                      / Math.max(1, root.mapPage.pavilions.count)
                fillWidth: true
                maxWidth: width
                label: name
                fullLabel: fullName
                count: boothCount
                selected: root.mapPage.mapPavilionId === pavilionId
                onToggled: root.mapPage.showMap(pavilionId)
            }
        }
    }

    // ---------------------------------------------------------------- the map
    Rectangle {
        id: mapFrame
        anchors.top: tabs.bottom
        anchors.topMargin: Theme.spacing / 2
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing
        anchors.right: Theme.narrow ? parent.right : booths.left
        anchors.rightMargin: Theme.spacing
        anchors.bottom: Theme.narrow ? booths.top : parent.bottom
        anchors.bottomMargin: Theme.spacing
        radius: Theme.radius
        color: Theme.divider
        clip: true
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Pavilion map: pinch, or use + and −, to zoom")

        // On the whole frame, not in the Flickable: two fingers anywhere on the map zoom it,
        // the zoom buttons included, which lie on the frame as on a backdrop.
        PinchHandler {
            id: pinch
            target: null
            grabPermissions: PointerHandler.CanTakeOverFromAnything
            property real startZoom: 1
            onActiveChanged: {
                if (active) {
                    startZoom = flick.zoom
                    flick.userZoomed = true
                }
            }
            onActiveScaleChanged: {
                if (active) {
                    const p = flick.mapFromItem(null, centroid.scenePosition)
                    flick.zoomAt(startZoom * activeScale, p.x, p.y)
                }
            }
        }

        Flickable {
            id: flick
            objectName: "mapFlickable"
            anchors.fill: parent
            property real zoom: 1
            readonly property real fitZoom: Math.min(width / root.mapWidth, height / root.mapHeight)
            readonly property real maxZoom: Math.max(fitZoom * 5, 1.5)
            contentWidth: root.mapWidth * zoom
            contentHeight: root.mapHeight * zoom
            leftMargin: Math.max(0, (width - contentWidth) / 2)
            rightMargin: leftMargin
            topMargin: Math.max(0, (height - contentHeight) / 2)
            bottomMargin: topMargin
            boundsBehavior: Flickable.StopAtBounds
            maximumFlickVelocity: 5000

            // Zoom to z keeping the map point under (px, py) of the view where it is.
            function zoomAt(z, px, py) {
                z = Math.max(fitZoom, Math.min(maxZoom, z))
                const mx = (contentX + px) / zoom
                const my = (contentY + py) / zoom
                zoom = z
                contentX = mx * z - px
                contentY = my * z - py
                clamp()
            }
            function clamp() {
                contentX = Math.max(-leftMargin, Math.min(contentX, contentWidth - width + rightMargin))
                contentY = Math.max(-topMargin, Math.min(contentY, contentHeight - height + bottomMargin))
            }
            function fit() {
                zoom = fitZoom
                contentX = -leftMargin
                contentY = -topMargin
            }
            // Centre the map on a booth (fractions of the map) at zoom z.
            function centreOn(fx, fy, z) {
                zoom = Math.max(fitZoom, Math.min(maxZoom, z))
                contentX = fx * contentWidth - width / 2
                contentY = fy * contentHeight - height / 2
                clamp()
            }
            function animateZoom(factor) {
                zoomAnimation.stop()
                zoomAnimation.from = zoom
                zoomAnimation.to = Math.max(fitZoom, Math.min(maxZoom, zoom * factor))
                zoomAnimation.start()
            }
            property real animatedZoom: 1
            onAnimatedZoomChanged: if (zoomAnimation.running) zoomAt(animatedZoom, width / 2, height / 2)
            NumberAnimation {
                id: zoomAnimation
                target: flick
                property: "animatedZoom"
                duration: 220
                easing.type: Easing.OutCubic
            }

            onFitZoomChanged: if (zoom < fitZoom || !userZoomed) root.showInitialView()
            property bool userZoomed: false

            Item {
                id: mapContent
                objectName: "mapContent"
                width: flick.contentWidth
                height: flick.contentHeight

                Image {
                    id: mapImage
                    objectName: "mapImage"
                    anchors.fill: parent
                    source: root.pavilion.mapUrl
                    sourceSize.width: Math.min(root.mapWidth, 4096)
                    fillMode: Image.Stretch
                    asynchronous: true
                    smooth: true
                    mipmap: true
                }

                Repeater {
                    model: root.mapPage.mapPins
                    delegate: BoothMarker {
                        required property string exhibitorId
                        required property real fx
                        required property real fy
                        required boothCode
                        required name
                        required highlighted
                        objectName: "boothMarker_" + exhibitorId
                        spacing: root.mapPage.boothSpacing * flick.zoom
                        mapDrawnHeight: mapContent.height
                        x: fx * mapContent.width - width / 2
                        y: fy * mapContent.height - spotY
                        onTapped: root.exhibitorChosen(exhibitorId)
                    }
                }

                YouAreHereMarker {
                    objectName: "youAreHereMarker"
                    visible: root.here !== null && root.here.shown
                             && root.here.pavilionId === root.mapPage.mapPavilionId
                    x: (root.here ? root.here.x : 0) * mapContent.width - width / 2
                    y: (root.here ? root.here.y : 0) * mapContent.height - height / 2
                }
            }

        }

        Column {
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacing
            spacing: 12
            KioskButton {
                objectName: "zoomInButton"
                iconName: "add"
                width: Math.max(80, Theme.touchMin); height: width
                enabled: flick.zoom < flick.maxZoom - 0.0001
                variant: enabled ? "primary" : "secondary"
                opacity: enabled ? 1 : 0.6
                Accessible.name: qsTr("Zoom in")
                onClicked: { flick.userZoomed = true; flick.animateZoom(1.6) }
            }
            KioskButton {
                objectName: "zoomOutButton"
                iconName: "remove"
                width: Math.max(80, Theme.touchMin); height: width
                enabled: flick.zoom > flick.fitZoom + 0.0001
                variant: enabled ? "primary" : "secondary"
                opacity: enabled ? 1 : 0.6
                Accessible.name: qsTr("Zoom out")
                onClicked: { flick.userZoomed = true; flick.animateZoom(1 / 1.6) }
            }
            KioskButton {
                objectName: "zoomFitButton"
                variant: "secondary"
                iconName: "fullscreen"
                width: Math.max(80, Theme.touchMin); height: width
                Accessible.name: qsTr("Show the whole map")
                onClicked: { flick.userZoomed = false; flick.fit() }
            }
        }

        KText {
            anchors.centerIn: parent
            visible: root.pavilion.mapUrl.length === 0
            text: qsTr("No map for this pavilion yet.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontHeading
        }
    }

    // ---------------------------------------------------------------- the booths
    Rectangle {
        id: booths
        // Landscape: a column beside the map. Narrow (portrait): a band under it, full width.
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacing
        width: Theme.narrow ? root.width - 2 * Theme.spacing : Math.min(480, root.width * 0.26)
        height: Theme.narrow ? Math.round(root.height * 0.3)
                             : root.height - tabs.y - tabs.height - Theme.spacing / 2 - Theme.spacing
        radius: Theme.radius
        color: Theme.surface

        KText {
            id: boothsTitle
            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            text: qsTr("Booths")
            font.pixelSize: Theme.fontHeading - 6
            font.bold: true
        }

        ListView {
            id: boothList
            anchors.top: boothsTitle.bottom
            anchors.topMargin: 12
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: 8
            clip: true
            model: root.mapPage.mapMarkers
            spacing: 4
            ScrollIndicator.vertical: ScrollIndicator { }
            delegate: Rectangle {
                id: row
                required property string exhibitorId
                required property string name
                required property string boothCode
                required property bool highlighted
                objectName: "boothListItem_" + exhibitorId
                // Named as its marker on the map is: what speech says and the audit checks.
                Accessible.role: Accessible.Button
                Accessible.name: boothCode + " " + name
                width: boothList.width
                height: Math.max(Theme.touchMin + 16, rowText.implicitHeight + 24)
                radius: 12
                color: highlighted ? Theme.background : (rowArea.pressed ? Theme.surfaceAlt : "transparent")
                border.width: highlighted ? 2 : 0
                border.color: Theme.accent
                Rectangle {
                    id: code
                    x: 12
                    anchors.verticalCenter: parent.verticalCenter
                    width: 100
                    height: 44
                    radius: 8
                    color: row.highlighted ? Theme.accent : Theme.surfaceAlt
                    KText {
                        anchors.centerIn: parent
                        width: parent.width - 8
                        horizontalAlignment: Text.AlignHCenter
                        text: row.boothCode
                        color: row.highlighted ? Theme.textOnPrimary : Theme.primaryDark
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        wrapMode: Text.NoWrap
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 12
                    }
                }
                KText {
                    id: rowText
                    anchors.left: code.right
                    anchors.leftMargin: 16
                    anchors.right: parent.right
                    anchors.rightMargin: 12
                    anchors.verticalCenter: parent.verticalCenter
                    text: row.name
                    font.pixelSize: Theme.fontSmall
                    font.bold: row.highlighted
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                MouseArea {
                    // Under the texts it covers, so they read as part of the button it makes.
                    z: -1
                    id: rowArea
                    anchors.fill: parent
                    // First tap shows the booth on the map; a tap on the shown booth opens it.
                    onClicked: {
                        if (row.highlighted) {
                            root.exhibitorChosen(row.exhibitorId)
                        } else {
                            root.mapPage.showOnMap(row.exhibitorId)
                        }
                    }
                }
            }
        }
    }

    // The whole map, its title included: the highlighted booth is marked on it, and the
    // visitor zooms in from there (zooming first hid the map's title and where the booth is).
    function showInitialView() {
        zoomAnimation.stop()
        flick.userZoomed = false
        flick.fit()
        reportViewport()
    }

    // Pins are drawn for the part of the map in view (and a margin), so a pavilion of
    // thousands of booths stays quick; the bridge hears where the view is after each move.
    function reportViewport() {
        const w = flick.contentWidth
        const h = flick.contentHeight
        if (!(w > 0 && h > 0 && isFinite(w) && isFinite(h)))
            return
        const mx = flick.width * 0.15
        const my = flick.height * 0.15
        root.mapPage.setMapViewport((flick.contentX - mx) / w, (flick.contentY - my) / h,
                                    (flick.contentX + flick.width + mx) / w,
                                    (flick.contentY + flick.height + my) / h)
    }
    Timer {
        id: viewportTimer
        interval: 60
        onTriggered: root.reportViewport()
    }
    Connections {
        target: flick
        function onContentXChanged() { viewportTimer.restart() }
        function onContentYChanged() { viewportTimer.restart() }
        function onZoomChanged() { viewportTimer.restart() }
        function onWidthChanged() { viewportTimer.restart() }
        function onHeightChanged() { viewportTimer.restart() }
    }

    // A new map or a new booth to show re-frames the view; a language switch does not.
    readonly property string viewKey: mapPage.mapPavilionId + "|" + mapPage.highlightedId
    onViewKeyChanged: showInitialView()
    Component.onCompleted: showInitialView()
}

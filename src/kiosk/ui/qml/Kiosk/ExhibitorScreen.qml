import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// One exhibitor: who they are, what they bring (with origin), where their booth is, how to
// reach them (QR codes to scan) and "I'm interested", which opens the lead form.
Item {
    id: root
    objectName: "exhibitorScreen"
    required property ExhibitorPage exhibitorPage
    property MatchingPage matching: null
    property QtObject here: null  // a YouAreHere: the kiosk's own place (staff Settings), if chosen
    signal interested(string exhibitorId)
    signal mapRequested(string exhibitorId)

    readonly property var details: exhibitorPage.exhibitor

    Rectangle { anchors.fill: parent; color: Theme.background }

    CatalogHeader {
        id: header
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        title: root.details.name
        subtitle: [root.details.countryName,
                   root.details.boothCode ? qsTr("Booth %1").arg(root.details.boothCode) : ""]
                  .filter(s => s.length > 0).join("  ·  ")

        KioskButton {
            objectName: "bookMeetingButton"
            visible: root.matching !== null && root.matching.revision >= 0
                     && root.matching.takesPart(root.details.exhibitorId)
            variant: "secondary"
            iconName: "add"
            text: qsTr("Book a meeting")
            height: Math.max(88, Theme.touchMin)
            fontSize: Theme.fontHeading - 4
            onClicked: {
                root.matching.requestPicker(root.details.exhibitorId)
                root.interested(root.details.exhibitorId)
            }
        }
        KioskButton {
            objectName: "interestedButton"
            variant: "accent"
            iconName: "favorite"
            text: qsTr("I'm interested")
            height: Math.max(88, Theme.touchMin)
            fontSize: Theme.fontHeading - 4
            onClicked: root.interested(root.details.exhibitorId)
        }
    }

    // ---------------------------------------------------------------- about (left)
    // Landscape: who they are on the left, codes and booth on the right. Narrow (portrait):
    // stacked, codes and booth first (at most half the height), who they are below.
    Flickable {
        id: about
        objectName: "exhibitorAbout"
        anchors.top: Theme.narrow ? side.bottom : header.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: Theme.narrow ? parent.right : side.left
        anchors.rightMargin: Theme.spacing
        clip: true
        contentHeight: aboutColumn.height + 2 * Theme.spacing
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator { }

        Column {
            id: aboutColumn
            x: 40
            y: Theme.spacing
            width: about.width - 40 - Theme.spacing
            spacing: Theme.spacing

            Row {
                width: parent.width
                spacing: Theme.spacing
                Rectangle {
                    id: logoBox
                    width: 176
                    height: 176
                    radius: Theme.radius
                    color: logo.status === Image.Ready ? Theme.surface : Theme.primary
                    border.width: 1
                    border.color: Theme.divider
                    Image {
                        id: logo
                        anchors.fill: parent
                        anchors.margins: 10
                        source: root.details.logoUrl
                        sourceSize.width: 320
                        sourceSize.height: 320
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                    }
                    KText {
                        anchors.centerIn: parent
                        visible: logo.status !== Image.Ready
                        text: root.details.name ? root.details.name.charAt(0) : ""
                        color: Theme.textOnPrimary
                        font.pixelSize: 80
                        font.bold: true
                    }
                }
                Column {
                    width: parent.width - logoBox.width - parent.spacing
                    spacing: 10
                    KText {
                        objectName: "exhibitorSummary"
                        width: parent.width
                        text: root.details.summary || root.details.name
                        font.pixelSize: Theme.fontHeading - 4
                        font.bold: true
                        maximumLineCount: 3
                        elide: Text.ElideRight
                    }
                    KText {
                        objectName: "exhibitorPavilion"
                        width: parent.width
                        text: root.details.pavilionName
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                    Flow {
                        width: parent.width
                        spacing: 10
                        Repeater {
                            model: root.details.sectorNames
                            delegate: Rectangle {
                                required property string modelData
                                width: sectorText.implicitWidth + 28
                                height: 44
                                radius: 22
                                color: Theme.surfaceAlt
                                KText {
                                    id: sectorText
                                    anchors.centerIn: parent
                                    text: parent.modelData
                                    color: Theme.primaryDark
                                    font.pixelSize: Theme.fontSmall
                                    wrapMode: Text.NoWrap
                                }
                            }
                        }
                    }
                }
            }

            KText {
                objectName: "exhibitorDescription"
                width: parent.width
                visible: text.length > 0
                text: root.details.description
                lineHeight: 1.3
            }

            // Contact details (the same facts the QR codes carry, to read or note down).
            Rectangle {
                objectName: "contactCard"
                width: parent.width
                visible: root.details.hasContact
                height: contactColumn.height + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: 1
                border.color: Theme.divider
                Column {
                    id: contactColumn
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: 14
                    KText {
                        text: qsTr("Contact")
                        font.pixelSize: Theme.fontHeading - 6
                        font.bold: true
                    }
                    InfoRow {
                        width: parent.width
                        iconName: "person"
                        text: [root.details.person, root.details.title].filter(s => s).join(", ")
                    }
                    InfoRow { width: parent.width; objectName: "contactEmail"; iconName: "mail"; text: root.details.email }
                    InfoRow { width: parent.width; objectName: "contactPhone"; iconName: "phone"; text: root.details.phoneDisplay }
                    InfoRow { width: parent.width; iconName: "language"; text: root.details.websiteDisplay }
                    InfoRow {
                        width: parent.width
                        iconName: "chat"
                        text: root.details.wechat ? qsTr("WeChat: %1").arg(root.details.wechat) : ""
                    }
                }
            }

            KText {
                visible: root.exhibitorPage.exhibitorProducts.count > 0
                text: qsTr("Products")
                font.pixelSize: Theme.fontHeading - 6
                font.bold: true
            }
            Column {
                width: parent.width
                spacing: 12
                Repeater {
                    model: root.exhibitorPage.exhibitorProducts
                    delegate: Rectangle {
                        id: productRow
                        required property int index
                        required property string name
                        required property string originName
                        required property string thumbUrl
                        objectName: "exhibitorProduct_" + index
                        width: parent.width
                        // Grows with a long name: the product tiles lead here to read it whole.
                        height: Math.max(112, productText.implicitHeight + 24)
                        radius: Theme.radius
                        color: Theme.surface
                        border.width: 1
                        border.color: Theme.divider
                        Rectangle {
                            id: thumb
                            x: 12
                            anchors.verticalCenter: parent.verticalCenter
                            width: 88
                            height: 88
                            radius: 10
                            color: Theme.surfaceAlt
                            clip: true
                            Image {
                                anchors.fill: parent
                                source: productRow.thumbUrl
                                sourceSize.width: 176
                                sourceSize.height: 176
                                fillMode: Image.PreserveAspectCrop
                                asynchronous: true
                            }
                        }
                        Column {
                            id: productText
                            anchors.left: thumb.right
                            anchors.leftMargin: 20
                            anchors.right: parent.right
                            anchors.rightMargin: 20
                            anchors.verticalCenter: parent.verticalCenter
                            spacing: 4
                            KText {
                                width: parent.width
                                objectName: "exhibitorProductName_" + productRow.index
                                text: productRow.name
                                font.bold: true
                                wrapMode: Text.Wrap
                            }
                            KText {
                                width: parent.width
                                visible: productRow.originName.length > 0
                                text: qsTr("Origin: %1").arg(productRow.originName)
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                maximumLineCount: 1
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- codes and booth (right)
    Flickable {
        id: side
        anchors.top: header.bottom
        anchors.right: parent.right
        width: Theme.narrow ? root.width - Theme.spacing
                            : Math.min(1000, Math.max(sideColumn.implicitWidth, root.width * 0.48)) + 40
        height: Theme.narrow ? Math.min(contentHeight, (root.height - header.height) * 0.6)
                             : root.height - header.height
        clip: true
        contentHeight: sideColumn.height + 2 * Theme.spacing
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator { }

        Column {
            id: sideColumn
            x: Theme.narrow ? 40 - Theme.spacing : 0
            y: 16
            width: side.width - 40
            spacing: Theme.spacing

            Flow {
                objectName: "qrCodes"
                width: parent.width
                spacing: Theme.spacing
                visible: root.exhibitorPage.qrSources.length > 0
                Repeater {
                    model: root.exhibitorPage.qrSources
                    delegate: QrCard {
                        required property var modelData
                        kind: modelData.kind
                        source: modelData.source
                    }
                }
            }

            Rectangle {
                objectName: "boothCard"
                width: parent.width
                visible: root.details.boothCode.length > 0 || root.details.hasBooth
                height: Math.max(miniMap.height, boothInfo.height) + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: 1
                border.color: Theme.divider

                // A crop of the pavilion map around this booth, about a third of the map wide,
                // so the booth numbers around it can be read (the whole map at this size could
                // not be). Without a booth position, the whole map.
                Item {
                    id: miniMap
                    objectName: "boothMiniMap"
                    x: Theme.spacing
                    y: Theme.spacing
                    visible: root.details.mapUrl.length > 0 && root.details.mapWidth > 0
                    width: visible ? Math.min(440, parent.width * 0.45) : 0
                    height: visible ? width * 0.75 : 0
                    clip: true

                    readonly property real mapW: Math.max(1, root.details.mapWidth)
                    readonly property real mapH: Math.max(1, root.details.mapHeight)
                    readonly property real factor: root.details.hasBooth
                        ? Math.max(width / (mapW * 0.34), height / mapH)
                        : Math.min(width / mapW, height / mapH)
                    readonly property real imageW: mapW * factor
                    readonly property real imageH: mapH * factor

                    function clamp(v, lo, hi) { return Math.max(lo, Math.min(hi, v)) }

                    Rectangle { anchors.fill: parent; color: Theme.divider }
                    Image {
                        id: mapImage
                        objectName: "boothMiniMapImage"
                        width: miniMap.imageW
                        height: miniMap.imageH
                        x: root.details.hasBooth
                           ? miniMap.clamp(miniMap.width / 2 - root.details.boothX * width, miniMap.width - width, 0)
                           : (miniMap.width - width) / 2
                        y: root.details.hasBooth
                           ? miniMap.clamp(miniMap.height / 2 - root.details.boothY * height, miniMap.height - height, 0)
                           : (miniMap.height - height) / 2
                        source: root.details.mapUrl
                        sourceSize.width: Math.min(2400, Math.ceil(width))
                        fillMode: Image.Stretch
                        asynchronous: true
                        smooth: true
                        mipmap: true
                    }
                    BoothMarker {
                        objectName: "boothMiniMapMarker"
                        visible: root.details.hasBooth
                        x: mapImage.x + root.details.boothX * mapImage.width - width / 2
                        y: mapImage.y + root.details.boothY * mapImage.height - spotY
                        mapDrawnHeight: mapImage.height
                        boothCode: root.details.boothCode
                        highlighted: true
                        onTapped: root.mapRequested(root.details.exhibitorId)
                    }
                    YouAreHereMarker {
                        objectName: "miniMapYouAreHere"
                        scale_: 0.7
                        visible: root.here !== null && root.here.shown
                                 && root.here.pavilionId === root.details.pavilionId
                        x: mapImage.x + (root.here ? root.here.x : 0) * mapImage.width - width / 2
                        y: mapImage.y + (root.here ? root.here.y : 0) * mapImage.height - height / 2
                    }
                    MouseArea {
                        objectName: "boothMiniMapArea"  // the whole crop opens the map too
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("Show on the map")
                        anchors.fill: parent
                        z: -1
                        onClicked: root.mapRequested(root.details.exhibitorId)
                    }
                }

                Column {
                    id: boothInfo
                    anchors.left: miniMap.right
                    anchors.leftMargin: Theme.spacing
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.spacing
                    y: Theme.spacing
                    spacing: 12
                    KText {
                        width: parent.width
                        text: qsTr("Find us")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                    }
                    KText {
                        objectName: "boothCode"
                        width: parent.width
                        visible: root.details.boothCode.length > 0
                        text: qsTr("Booth %1").arg(root.details.boothCode)
                        color: Theme.accent
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        maximumLineCount: 1
                        elide: Text.ElideRight
                    }
                    KioskButton {
                        objectName: "showOnMapButton"
                        visible: root.details.hasBooth
                        variant: "secondary"
                        iconName: "map"
                        text: qsTr("Show on the map")
                        fontSize: Theme.fontSmall
                        width: Math.min(implicitWidth, parent.width)
                        onClicked: root.mapRequested(root.details.exhibitorId)
                    }
                }
            }
        }
    }
}

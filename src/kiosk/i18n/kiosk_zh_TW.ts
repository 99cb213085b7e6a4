<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutScreen</name>
    <message>
        <source>Browse the exhibitors of the pavilions, save their contact details with your phone camera, and leave yours for business matching.</source>
        <translation>瀏覽各展館的參展商，用手機相機儲存他們的聯絡資料，並留下您的資料，進行商業配對。</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>展會</translation>
    </message>
    <message>
        <source>No event has been loaded yet.</source>
        <translation>尚未載入任何展會資料。</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主辦單位</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <translation>輕觸螢幕開始</translation>
    </message>
    <message>
        <source>Featured exhibitor</source>
        <translation>精選參展商</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <source>Business matching</source>
        <translation>商業配對</translation>
    </message>
    <message>
        <source>Soon you can leave your contact details here, so that exhibitors can reach you after the expo. Until then, our staff at the pavilion&apos;s information desk will gladly note them for you.</source>
        <translation>您很快就可以在這裡留下聯絡資料，方便參展商在展會後與您聯繫。在此之前，展館服務台的工作人員樂意為您登記。</translation>
    </message>
    <message>
        <source>Browse exhibitors</source>
        <translation>瀏覽參展商</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>歡迎蒞臨</translation>
    </message>
    <message>
        <source>Exhibitors</source>
        <translation>參展商</translation>
    </message>
    <message>
        <source>Companies from Macao and the Portuguese-speaking countries</source>
        <translation>來自澳門及葡語國家的企業</translation>
    </message>
    <message>
        <source>Products from Portuguese-speaking countries</source>
        <translation>葡語國家產品</translation>
    </message>
    <message>
        <source>Pavilion map</source>
        <translation>展館地圖</translation>
    </message>
    <message>
        <source>Find a booth</source>
        <translation>尋找展位</translation>
    </message>
    <message>
        <source>Business matching</source>
        <translation>商業配對</translation>
    </message>
    <message>
        <source>Leave your contact</source>
        <translation>留下您的聯絡資料</translation>
    </message>
    <message>
        <source>About</source>
        <translation>關於我們</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>您還在嗎？</translation>
    </message>
    <message>
        <source>For your privacy the kiosk will start over and clear what you entered.</source>
        <translation>為保障您的私隱，本機將重新開始，並清除您輸入的內容。</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>我還在</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>This part of the kiosk is not available yet.</source>
        <translation>此功能尚未開放。</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>主頁</translation>
    </message>
</context>
</TS>

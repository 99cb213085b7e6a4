<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutScreen</name>
    <message>
        <source>Browse the exhibitors of the pavilions, save their contact details with your phone camera, and leave yours for business matching.</source>
        <translation>浏览各展馆的参展商，用手机相机保存他们的联系方式，并留下您的信息，进行商务对接。</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>No event has been loaded yet.</source>
        <translation>尚未加载任何展会信息。</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <translation>轻触屏幕开始</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <source>Business matching</source>
        <translation>商务对接</translation>
    </message>
    <message>
        <source>Soon you can leave your contact details here, so that exhibitors can reach you after the expo. Until then, our staff at the pavilion&apos;s information desk will gladly note them for you.</source>
        <translation>您很快就可以在这里留下联系方式，方便参展商在展会后与您联系。在此之前，展馆服务台的工作人员乐意为您登记。</translation>
    </message>
    <message>
        <source>Browse exhibitors</source>
        <translation>浏览参展商</translation>
    </message>
</context>
<context>
    <name>FeaturedCard</name>
    <message>
        <source>Featured exhibitor</source>
        <translation>精选参展商</translation>
    </message>
    <message>
        <source>Booth %1</source>
        <translation>展位 %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <source>Exhibitors</source>
        <translation>参展商</translation>
    </message>
    <message>
        <source>Companies from Macao and the Portuguese-speaking countries</source>
        <translation>来自澳门及葡语国家的企业</translation>
    </message>
    <message>
        <source>Products from Portuguese-speaking countries</source>
        <translation>葡语国家产品</translation>
    </message>
    <message>
        <source>Pavilion map</source>
        <translation>展馆地图</translation>
    </message>
    <message>
        <source>Find a booth</source>
        <translation>查找展位</translation>
    </message>
    <message>
        <source>Business matching</source>
        <translation>商务对接</translation>
    </message>
    <message>
        <source>Leave your contact</source>
        <translation>留下您的联系方式</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于我们</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <source>For your privacy the kiosk will start over and clear what you entered.</source>
        <translation>为保护您的隐私，本机将重新开始，并清除您输入的内容。</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>我还在</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>This part of the kiosk is not available yet.</source>
        <translation>此功能暂未开放。</translation>
    </message>
</context>
<context>
    <name>StaffAuditPanel</name>
    <message>
        <source>Only failed lead saves</source>
        <translation>只显示保存失败的潜在客户</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>暂无记录</translation>
    </message>
</context>
<context>
    <name>StaffBarList</name>
    <message>
        <source>Nothing yet</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>StaffContentPanel</name>
    <message>
        <source>Content packs found</source>
        <translation>找到的内容包</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>重新搜索</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>No content pack found on the USB drives or in the kiosk&apos;s folders. A pack is a folder holding content.json.</source>
        <translation>在 U 盘或本机文件夹中找不到内容包。内容包是一个包含 content.json 的文件夹。</translation>
    </message>
    <message>
        <source>Choose a content pack folder</source>
        <translation>选择内容包文件夹</translation>
    </message>
    <message>
        <source>Check this folder</source>
        <translation>检查此文件夹</translation>
    </message>
    <message>
        <source>Check and load</source>
        <translation>检查并加载</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>正在检查内容包…</translation>
    </message>
    <message>
        <source>The pack is valid: %1</source>
        <translation>内容包有效：%1</translation>
    </message>
    <message>
        <source>The pack has %1 problems. Nothing was changed; the kiosk keeps its content.</source>
        <translation>内容包有 %1 个问题。未做任何更改，本机保留原有内容。</translation>
    </message>
    <message>
        <source>Loading the pack…</source>
        <translation>正在加载内容包…</translation>
    </message>
    <message>
        <source>Loaded. The kiosk shows the new content. %1</source>
        <translation>已加载，本机现在显示新内容。%1</translation>
    </message>
    <message>
        <source>The pack could not be loaded. Nothing was changed.</source>
        <translation>无法加载内容包，未做任何更改。</translation>
    </message>
    <message>
        <source>Choose a pack to check it.</source>
        <translation>请选择要检查的内容包。</translation>
    </message>
    <message>
        <source>Load this pack</source>
        <translation>加载此内容包</translation>
    </message>
</context>
<context>
    <name>StaffDashboard</name>
    <message>
        <source>Staff mode</source>
        <translation>工作人员模式</translation>
    </message>
    <message>
        <source>Closes after %1 minutes without a touch</source>
        <translation>%1 分钟无操作后自动关闭</translation>
    </message>
    <message>
        <source>Back to visitor mode</source>
        <translation>返回访客模式</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>导出潜在客户</translation>
    </message>
    <message>
        <source>Wipe leads</source>
        <translation>清除潜在客户</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>重新加载内容</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>关闭本机程序</translation>
    </message>
    <message>
        <source>Quit the kiosk?</source>
        <translation>关闭本机程序？</translation>
    </message>
    <message>
        <source>The kiosk window closes. Visitors cannot use this screen until the kiosk is started again.</source>
        <translation>本机窗口将会关闭。重新启动前，访客无法使用此屏幕。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StaffExportPanel</name>
    <message>
        <source>The drive is full.</source>
        <translation>存储设备已满。</translation>
    </message>
    <message>
        <source>The drive is read-only.</source>
        <translation>存储设备为只读。</translation>
    </message>
    <message>
        <source>The drive is no longer there. Was it pulled out?</source>
        <translation>找不到存储设备，是否已被拔出？</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <source>1. Where to</source>
        <translation>1. 导出到</translation>
    </message>
    <message>
        <source>No USB drive found. Plug one in, or choose a folder.</source>
        <translation>找不到 U 盘。请插入一个，或选择文件夹。</translation>
    </message>
    <message>
        <source>%1 · read-only</source>
        <translation>%1 · 只读</translation>
    </message>
    <message>
        <source>%1 · %2 free</source>
        <translation>%1 · 可用 %2</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>2. What</source>
        <translation>2. 导出内容</translation>
    </message>
    <message>
        <source>CSV (Excel, any spreadsheet)</source>
        <translation>CSV（Excel 或任何电子表格）</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>All leads, with one file per exhibitor</source>
        <translation>全部潜在客户，另每个参展商一个文件</translation>
    </message>
    <message>
        <source>Only %1 (%2 leads)</source>
        <translation>仅限 %1（%2 个潜在客户）</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Export to this folder</source>
        <translation>导出到此文件夹</translation>
    </message>
    <message>
        <source>3. Export</source>
        <translation>3. 导出</translation>
    </message>
    <message>
        <source>Choose where to export first.</source>
        <translation>请先选择导出位置。</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>导出到：%1</translation>
    </message>
    <message>
        <source>All leads; every file is read back and checked before it counts as exported.</source>
        <translation>全部潜在客户；每个文件都会读回核对，确认无误才算已导出。</translation>
    </message>
    <message>
        <source>Only the leads who chose %1 and agreed to share their details with exhibitors.</source>
        <translation>仅限选择了 %1 并同意与参展商分享信息的潜在客户。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading the files back to check them…</source>
        <translation>正在读回文件以进行核对…</translation>
    </message>
    <message>
        <source>Writing one file per exhibitor…</source>
        <translation>正在为每个参展商写入文件…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>即将完成…</translation>
    </message>
    <message>
        <source>Writing the leads…</source>
        <translation>正在写入潜在客户…</translation>
    </message>
    <message>
        <source>Exported and checked: %1 leads</source>
        <translation>已导出并核对：%1 个潜在客户</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>Export cancelled. No lead counts as exported.</source>
        <translation>已取消导出，所有潜在客户均不算已导出。</translation>
    </message>
</context>
<context>
    <name>StaffFolderPicker</name>
    <message>
        <source>Use this folder</source>
        <translation>使用此文件夹</translation>
    </message>
    <message>
        <source>Kiosk data folder</source>
        <translation>本机数据文件夹</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>主文件夹</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上一级</translation>
    </message>
    <message>
        <source>Choose where to start above.</source>
        <translation>请在上方选择起点。</translation>
    </message>
    <message>
        <source>content pack</source>
        <translation>内容包</translation>
    </message>
    <message>
        <source>No folders in here</source>
        <translation>此处没有文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>StaffOverviewPanel</name>
    <message>
        <source>Leads today</source>
        <translation>今日潜在客户</translation>
    </message>
    <message>
        <source>Leads in total</source>
        <translation>潜在客户总数</translation>
    </message>
    <message>
        <source>Matching requests</source>
        <translation>商务对接申请</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算数据：%1</translation>
    </message>
    <message>
        <source>Leads per hour today</source>
        <translation>今日每小时潜在客户</translation>
    </message>
    <message>
        <source>No leads yet today</source>
        <translation>今日暂无潜在客户</translation>
    </message>
    <message>
        <source>Languages used on the kiosk</source>
        <translation>本机使用的语言</translation>
    </message>
    <message>
        <source>Top exhibitors by interest</source>
        <translation>最受关注的参展商</translation>
    </message>
    <message>
        <source>Taps per exhibitor</source>
        <translation>各参展商点击次数</translation>
    </message>
    <message>
        <source>Leads per pavilion</source>
        <translation>各展馆潜在客户</translation>
    </message>
    <message>
        <source>Visitor countries</source>
        <translation>访客所属国家或地区</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>表格语言</translation>
    </message>
    <message>
        <source>Consents granted</source>
        <translation>已给予的同意</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>%1 yes · %2 no</source>
        <translation>%1 同意 · %2 不同意</translation>
    </message>
    <message>
        <source>Leads per exhibitor</source>
        <translation>各参展商潜在客户</translation>
    </message>
</context>
<context>
    <name>StaffPinPad</name>
    <message>
        <source>Choose a staff PIN</source>
        <translation>设置工作人员密码</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>工作人员密码</translation>
    </message>
    <message>
        <source>No staff PIN is set yet. Choose one of at least %1 digits.</source>
        <translation>尚未设置工作人员密码。请设置至少 %1 位数字的密码。</translation>
    </message>
    <message>
        <source>Type the same PIN once more to confirm it.</source>
        <translation>请再输入一次相同的密码以确认。</translation>
    </message>
    <message>
        <source>Enter the PIN to open staff mode.</source>
        <translation>输入密码以进入工作人员模式。</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before the pad locks: %1</source>
        <translation>密码错误。锁定前剩余尝试次数：%1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>密码错误次数过多，请于 %1 后再试。</translation>
    </message>
    <message>
        <source>The two PINs differ. Choose a PIN again.</source>
        <translation>两次输入的密码不同，请重新设置。</translation>
    </message>
    <message>
        <source>Use at least %1 digits.</source>
        <translation>请使用至少 %1 位数字。</translation>
    </message>
    <message>
        <source>Use at most 12 digits.</source>
        <translation>最多只能使用 12 位数字。</translation>
    </message>
    <message>
        <source>Do not repeat one digit.</source>
        <translation>请勿重复同一个数字。</translation>
    </message>
    <message>
        <source>Do not use a run of digits such as 123456.</source>
        <translation>请勿使用连续数字，例如 123456。</translation>
    </message>
    <message>
        <source>Use digits only.</source>
        <translation>只能使用数字。</translation>
    </message>
    <message>
        <source>The PIN could not be checked: %1</source>
        <translation>无法验证密码：%1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPanel</name>
    <message>
        <source>Kiosk settings</source>
        <translation>本机设置</translation>
    </message>
    <message>
        <source>Idle time before a visit ends (seconds)</source>
        <translation>无操作多久后结束浏览（秒）</translation>
    </message>
    <message>
        <source>Kiosk id (on every lead and export)</source>
        <translation>本机编号（记录在每个潜在客户及导出文件中）</translation>
    </message>
    <message>
        <source>Show the mouse cursor</source>
        <translation>显示鼠标指针</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The kiosk id must not be empty.</source>
        <translation>本机编号不能为空。</translation>
    </message>
    <message>
        <source>The kiosk id may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>本机编号只能包含英文字母、数字、“.”、“_”和“-”。</translation>
    </message>
    <message>
        <source>The kiosk id is too long.</source>
        <translation>本机编号太长。</translation>
    </message>
    <message>
        <source>The idle time must be between %1 and %2 seconds.</source>
        <translation>无操作时间必须在 %1 至 %2 秒之间。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>StaffSyncPanel</name>
    <message>
        <source>This kiosk</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Leads waiting to be sent: %1</source>
        <translation>等待发送的潜在客户：%1</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>尚未发送任何数据。</translation>
    </message>
    <message>
        <source>Last successful push: %1</source>
        <translation>上次成功发送：%1</translation>
    </message>
    <message>
        <source>Sending: up to date, watching for new leads.</source>
        <translation>发送：已是最新，正在等待新的潜在客户。</translation>
    </message>
    <message>
        <source>Sending: in progress…</source>
        <translation>发送：进行中…</translation>
    </message>
    <message>
        <source>Sending: the pool cannot be reached; the kiosk keeps every lead and tries again.</source>
        <translation>发送：无法连接中央数据库；本机会保留所有潜在客户并再次尝试。</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Central pool</source>
        <translation>中央数据库</translation>
    </message>
    <message>
        <source>Not reachable now: %1</source>
        <translation>目前无法连接：%1</translation>
    </message>
    <message>
        <source>%1 leads from %2 people</source>
        <translation>%1 个潜在客户，来自 %2 人</translation>
    </message>
    <message>
        <source>%1 (this kiosk)</source>
        <translation>%1（本机）</translation>
    </message>
    <message>
        <source>No push yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 个等待中</translation>
    </message>
    <message>
        <source>Last push: %1</source>
        <translation>上次发送：%1</translation>
    </message>
    <message>
        <source>%1 leads pooled</source>
        <translation>已汇集 %1 个潜在客户</translation>
    </message>
</context>
<context>
    <name>StaffWipePanel</name>
    <message>
        <source>Wipe exported leads</source>
        <translation>清除已导出的潜在客户</translation>
    </message>
    <message>
        <source>Some leads have not reached the central pool yet; wiped now, they would never get there. Let the kiosk sync first, then wipe.</source>
        <translation>部分潜在客户尚未发送到中央数据库；现在清除的话，它们将永远无法送达。请先让本机完成同步，然后再清除。</translation>
    </message>
    <message>
        <source>No verified export of all leads exists on this kiosk. Export the leads first: only then can they be wiped safely.</source>
        <translation>本机没有包含全部潜在客户的已核对导出。请先导出，之后才能安全清除。</translation>
    </message>
    <message>
        <source>%1 leads are in a verified export and can be wiped. %2 leads are not in any export as they are now, and stay.</source>
        <translation>%1 个潜在客户已在核对过的导出文件中，可以清除。%2 个潜在客户的当前信息不在任何导出文件中，将予以保留。</translation>
    </message>
    <message>
        <source>Wipe %1 exported leads</source>
        <translation>清除 %1 个已导出的潜在客户</translation>
    </message>
    <message>
        <source>Wipe every lead</source>
        <translation>清除所有潜在客户</translation>
    </message>
    <message>
        <source>This deletes every lead on this kiosk, exported or not. Leads that were not exported are lost. To confirm, type this phrase:</source>
        <translation>此操作会删除本机所有潜在客户，无论是否已导出。未导出的潜在客户将会丢失。如确定，请输入以下字句：</translation>
    </message>
    <message>
        <source>Type the phrase here</source>
        <translation>在此输入字句</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Wiping…</source>
        <translation>正在清除…</translation>
    </message>
    <message>
        <source>%1 leads wiped; %2 kept.</source>
        <translation>已清除 %1 个潜在客户；保留 %2 个。</translation>
    </message>
    <message>
        <source>The phrase does not match. Nothing was deleted.</source>
        <translation>字句不符，未删除任何数据。</translation>
    </message>
    <message>
        <source>The wipe failed: %1</source>
        <translation>清除失败：%1</translation>
    </message>
    <message>
        <source>Wipe %1 leads?</source>
        <translation>清除 %1 个潜在客户？</translation>
    </message>
    <message>
        <source>They are deleted from this kiosk for good. The export holds them.</source>
        <translation>它们将从本机永久删除，导出文件中仍有保存。</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>清除</translation>
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
        <translation>首页</translation>
    </message>
</context>
</TS>

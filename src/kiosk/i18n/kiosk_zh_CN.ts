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
    <name>AccessibilityButton</name>
    <message>
        <source>Standard view</source>
        <translation>标准显示</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Standard view: smaller text, standard colours</source>
        <translation>标准显示：较小字体、标准颜色</translation>
    </message>
    <message>
        <source>Accessibility: larger text, high contrast, speech</source>
        <translation>无障碍：放大字体、高对比度、语音朗读</translation>
    </message>
</context>
<context>
    <name>AgeGate</name>
    <message>
        <source>Thank you for visiting!</source>
        <translation>感谢您的到访！</translation>
    </message>
    <message>
        <source>Before you leave your details</source>
        <translation>留下信息之前</translation>
    </message>
    <message>
        <source>We do not collect personal details from visitors under %1, so nothing you enter here is asked for or kept. Enjoy the pavilion: you can go on exploring the exhibitors and scan their QR codes.</source>
        <translation>我们不会收集未满 %1 岁访客的个人信息，因此这里不会要求或保存您的任何信息。祝您参观愉快：您可以继续浏览参展商并扫描他们的二维码。</translation>
    </message>
    <message>
        <source>Please tell us your age. We ask for contact details only from visitors aged %1 or older.</source>
        <translation>请告诉我们您的年龄。我们只向 %1 岁或以上的访客索取联系信息。</translation>
    </message>
    <message>
        <source>I am %1 or older</source>
        <translation>我已满 %1 岁</translation>
    </message>
    <message>
        <source>I am under %1</source>
        <translation>我未满 %1 岁</translation>
    </message>
    <message>
        <source>Explore the exhibitors</source>
        <translation>浏览参展商</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>主页</translation>
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
    <name>CrossBorderFigure</name>
    <message>
        <source>People whose data was sent abroad in %1 (to the recipients named in the consent notice)</source>
        <translation>%1年信息传输至境外的人数（传输给同意声明所列的接收方）</translation>
    </message>
    <message>
        <source>Under 100,000 people this year: no security assessment or standard contract is needed, but every visitor must still see the notice and agree separately (PIPL Art. 39).</source>
        <translation>今年未满100,000人：无需安全评估或标准合同，但每位访客仍须阅读告知并单独同意（《个人信息保护法》第三十九条）。</translation>
    </message>
    <message>
        <source>100,000 people or more this year: a transfer abroad now needs a security assessment or a standard contract (PIPL Art. 38).</source>
        <translation>今年已达100,000人或以上：向境外传输信息现须通过安全评估或订立标准合同（《个人信息保护法》第三十八条）。</translation>
    </message>
</context>
<context>
    <name>CrossBorderNotice</name>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>How</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>您的信息</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>您的权利</translation>
    </message>
    <message>
        <source>This consent sends your data outside mainland China:</source>
        <translation>此项同意会将您的信息传输至中国内地以外：</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Exhibitors</source>
        <translation>参展商</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %2 家中的 %1 家</translation>
    </message>
    <message>
        <source>Showing all %1</source>
        <translation>全部 %1 家参展商</translation>
    </message>
    <message>
        <source>Search names, products, sectors</source>
        <translation>搜索名称、产品、行业</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Pavilion</source>
        <translation>展馆</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>No exhibitors match your search.</source>
        <translation>没有符合搜索条件的参展商。</translation>
    </message>
    <message>
        <source>The exhibitor list is not loaded yet.</source>
        <translation>参展商名单尚未载入。</translation>
    </message>
    <message>
        <source>Try another spelling, or clear the search and filters to see every exhibitor.</source>
        <translation>请尝试其他写法，或清除搜索及筛选以查看全部参展商。</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>清除搜索及筛选</translation>
    </message>
</context>
<context>
    <name>ExhibitorCard</name>
    <message>
        <source>Booth %1</source>
        <translation>展位 %1</translation>
    </message>
</context>
<context>
    <name>ExhibitorScreen</name>
    <message>
        <source>Booth %1</source>
        <translation>展位 %1</translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation>预约会面</translation>
    </message>
    <message>
        <source>I&apos;m interested</source>
        <translation>我有兴趣</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>WeChat: %1</source>
        <translation>微信：%1</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>产地：%1</translation>
    </message>
    <message>
        <source>Find us</source>
        <translation>展位位置</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>在地图上显示</translation>
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
    <name>FilterGroup</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
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
    <name>LeadAboutSection</name>
    <message>
        <source>About you</source>
        <translation>您的信息</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Please give an email address or a mobile phone number, or both.</source>
        <translation>请提供电子邮箱或手机号码，也可两者都填写。</translation>
    </message>
</context>
<context>
    <name>LeadConsentPanel</name>
    <message>
        <source>Your consent</source>
        <translation>您的同意</translation>
    </message>
    <message>
        <source>Data controller: %1</source>
        <translation>个人信息处理者：%1</translation>
    </message>
    <message>
        <source>Tick each box you agree to. The boxes marked &quot;required&quot; must be ticked to send the form: without them we cannot pass your details on to the exhibitors.</source>
        <translation>请勾选您同意的项目。标有“必须勾选”的项目须勾选后才能提交，否则我们无法将您的信息转交给参展商。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必须勾选</translation>
    </message>
    <message>
        <source>More below: the boxes to tick</source>
        <translation>下方还有需勾选的项目</translation>
    </message>
    <message>
        <source>Please check the fields marked in red.</source>
        <translation>请检查以红色标出的项目。</translation>
    </message>
    <message>
        <source>Send my details</source>
        <translation>提交我的信息</translation>
    </message>
</context>
<context>
    <name>LeadCountryField</name>
    <message>
        <source>Country or region</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
</context>
<context>
    <name>LeadExhibitorChip</name>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>LeadFormScreen</name>
    <message>
        <source>Business matching</source>
        <translation>商务对接</translation>
    </message>
    <message>
        <source>Leave your details and the exhibitors you are interested in can contact you during and after the expo.</source>
        <translation>留下您的信息，您感兴趣的参展商即可在展会期间及展会后与您联系。</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <source>Exhibitors you would like to hear from</source>
        <translation>希望与您联系的参展商</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按名称搜索</translation>
    </message>
</context>
<context>
    <name>LeadInterestsSection</name>
    <message>
        <source>Your interests</source>
        <translation>您感兴趣的领域</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Exhibitors you would like to hear from</source>
        <translation>希望与您联系的参展商</translation>
    </message>
    <message>
        <source>None chosen yet.</source>
        <translation>尚未选择。</translation>
    </message>
    <message>
        <source>Add an exhibitor</source>
        <translation>添加参展商</translation>
    </message>
</context>
<context>
    <name>LeadLabel</name>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>LeadMatchingWish</name>
    <message>
        <source>I would like to meet these exhibitors at the expo</source>
        <translation>我希望在展会期间与这些参展商洽谈</translation>
    </message>
    <message>
        <source>Preferred day</source>
        <translation>首选日期</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>首选时段</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
</context>
<context>
    <name>LeadMessageSection</name>
    <message>
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Anything the exhibitors should know? (optional)</source>
        <translation>有什么想告诉参展商的吗？（选填）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>LeadNameField</name>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name(s)</source>
        <translation>名</translation>
    </message>
</context>
<context>
    <name>LeadPicker</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Nothing matches your search.</source>
        <translation>没有找到匹配的结果。</translation>
    </message>
</context>
<context>
    <name>LeadQuestions</name>
    <message>
        <source>Questions from %1</source>
        <translation>%1的问题</translation>
    </message>
</context>
<context>
    <name>LeadScanNotice</name>
    <message>
        <source>Card read: please check your details.</source>
        <translation>已读取名片，请核对您的信息。</translation>
    </message>
</context>
<context>
    <name>LeadUnavailable</name>
    <message>
        <source>Business matching</source>
        <translation>商务对接</translation>
    </message>
    <message>
        <source>Leaving your contact details is not possible on this kiosk at the moment. Our staff at the pavilion&apos;s information desk will gladly note them for you.</source>
        <translation>目前无法在本机留下联系方式。展馆服务台的工作人员乐意为您登记。</translation>
    </message>
    <message>
        <source>Browse exhibitors</source>
        <translation>浏览参展商</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Pavilion map</source>
        <translation>展馆地图</translation>
    </message>
    <message>
        <source>Tap a booth to see who is there. Pinch or use + and − to zoom.</source>
        <translation>轻触展位查看参展商。用双指或 + 和 − 缩放。</translation>
    </message>
    <message>
        <source>Pavilion map: pinch, or use + and −, to zoom</source>
        <translation>展馆地图：双指缩放，或使用 + 和 − 放大缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>显示整张地图</translation>
    </message>
    <message>
        <source>No map for this pavilion yet.</source>
        <translation>此展馆暂无地图。</translation>
    </message>
    <message>
        <source>Booths</source>
        <translation>展位</translation>
    </message>
</context>
<context>
    <name>MeetingSection</name>
    <message>
        <source>Meetings at the business matching area</source>
        <translation>商贸配对区会面</translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation>预约会面</translation>
    </message>
</context>
<context>
    <name>MeetingSlotPicker</name>
    <message>
        <source>Book a meeting with %1</source>
        <translation>预约与%1会面</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time (each meeting lasts one slot)</source>
        <translation>时间（每次会面为一个时段）</translation>
    </message>
    <message>
        <source>%1 · Full</source>
        <translation>%1 · 已满</translation>
    </message>
    <message>
        <source>%1 · You have another meeting</source>
        <translation>%1 · 您已有其他会面</translation>
    </message>
    <message>
        <source>%1 · Over</source>
        <translation>%1 · 已结束</translation>
    </message>
</context>
<context>
    <name>MeetingsBooked</name>
    <message>
        <source>Your meetings</source>
        <translation>您的会面</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Pending confirmation by staff</source>
        <translation>待工作人员确认</translation>
    </message>
    <message>
        <source>Scan to add the meetings to your phone&apos;s calendar.</source>
        <translation>扫描即可将会面添加到手机日历。</translation>
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
    <name>ProductsScreen</name>
    <message>
        <source>Products by origin</source>
        <translation>按产地浏览产品</translation>
    </message>
    <message>
        <source>Macao and the Portuguese-speaking countries first</source>
        <translation>澳门及葡语国家优先</translation>
    </message>
    <message>
        <source>No products listed yet.</source>
        <translation>暂无产品资料。</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <source>Scan to open the website</source>
        <translation>扫描打开网站</translation>
    </message>
    <message>
        <source>Scan with WeChat to add us</source>
        <translation>用微信扫码添加我们</translation>
    </message>
    <message>
        <source>Scan to save the contact</source>
        <translation>扫描保存联系人</translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <source>Repeat</source>
        <translation>重播</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>调低音量</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>调高音量</translation>
    </message>
    <message>
        <source>No voice for this language on this PC: speech is off</source>
        <translation>此电脑没有此语言的语音：朗读已关闭</translation>
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
        <source>No content pack or workbook found on the USB drives or in the kiosk&apos;s folders. A pack is a folder holding content.json, or an Excel workbook (.xlsx) with its images beside it.</source>
        <translation>在 U 盘或本机文件夹中找不到内容包或工作簿。内容包是一个包含 content.json 的文件夹，或一个 Excel 工作簿（.xlsx），图片放在其旁边。</translation>
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
    <message>
        <source>%1: %2</source>
        <extracomment>Where a content problem is (a file, sheet, cell or field) and what it is.</extracomment>
        <translation>%1：%2</translation>
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
        <source>Meetings</source>
        <translation>会面</translation>
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
        <source>Salesforce import file</source>
        <translation>Salesforce 导入文件</translation>
    </message>
    <message>
        <source>HubSpot import file</source>
        <translation>HubSpot 导入文件</translation>
    </message>
    <message>
        <source>All leads, with one file per exhibitor</source>
        <translation>全部潜在客户，另每个参展商一个文件</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 (%n lead(s))</source>
        <translation>
            <numerusform>仅限 %1（%n 个潜在客户）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported and checked: %n lead(s)</source>
        <translation>
            <numerusform>已导出并核对：%n 个潜在客户</numerusform>
        </translation>
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
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>This folder is on the kiosk&apos;s own disk, not on a drive: wiping leads does not count this export.</source>
        <translation>此文件夹位于本机自身的磁盘，而非 U 盘：清除潜在客户时不计入此次导出。</translation>
    </message>
    <message>
        <source>Unfinished exports found on the drive and removed: %1</source>
        <translation>在 U 盘上发现并已移除的未完成导出：%1</translation>
    </message>
    <message>
        <source>Export cancelled. No lead counts as exported.</source>
        <translation>已取消导出，所有潜在客户均不算已导出。</translation>
    </message>
    <message>
        <source>System message: %1</source>
        <translation>系统消息：%1</translation>
    </message>
    <message>
        <source>No leads were marked as exported.</source>
        <translation>没有潜在客户被标记为已导出。</translation>
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
    <name>StaffMatchingPanel</name>
    <message>
        <source>This event has no business matching sessions.</source>
        <translation>本活动没有商贸配对环节。</translation>
    </message>
    <message>
        <source>Write agendas</source>
        <translation>导出日程</translation>
    </message>
    <message>
        <source>Agendas (XLSX and printable pages, one per exhibitor) written to %1</source>
        <translation>日程（XLSX 及可打印页面，每个参展商一份）已写入 %1</translation>
    </message>
    <message>
        <source>No meetings booked in this slot.</source>
        <translation>此时段没有预约会面。</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>第 %1 桌</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未出席</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>取消会面</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>改至 %1</translation>
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
        <source>Staff PIN</source>
        <translation>工作人员密码</translation>
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
        <source>Staff mode is not set up</source>
        <translation>工作人员模式尚未设置</translation>
    </message>
    <message>
        <source>Staff mode is not set up on this kiosk. Set the staff PIN on the kiosk&apos;s PC with the command: kiosk set-pin</source>
        <translation>本机尚未设置工作人员模式。请在本机的电脑上用命令设置工作人员 PIN：kiosk set-pin</translation>
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
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Move the picture a few pixels now and then (protects the screen from burn-in)</source>
        <translation>不时将画面移动几个像素（防止屏幕烙印）</translation>
    </message>
    <message>
        <source>Low reach: keep everything a visitor touches in the lower part of the screen</source>
        <translation>低触及模式：访客需触碰的一切都放在屏幕下方</translation>
    </message>
    <message>
        <source>Hold the content at its revision (no content from the central pool yet)</source>
        <translation>将内容保持在当前版本（尚无来自中央数据库的内容）</translation>
    </message>
    <message>
        <source>Hold the content at revision %1: newer packs wait</source>
        <translation>将内容保持在版本 %1：较新的内容包将等待</translation>
    </message>
    <message>
        <source>Where this kiosk stands (&quot;You are here&quot; on the map)</source>
        <translation>本机所在位置（地图上的“您在这里”）</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>不显示</translation>
    </message>
</context>
<context>
    <name>StaffSpeechSetting</name>
    <message>
        <source>Read aloud for every visitor (not only in accessibility mode)</source>
        <translation>为每位访客朗读（不只在无障碍模式）</translation>
    </message>
    <message>
        <source>Voice for the language on show: %1</source>
        <translation>当前语言的语音：%1</translation>
    </message>
    <message>
        <source>This PC has no voice for the language on show.</source>
        <translation>此电脑没有当前语言的语音。</translation>
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
        <source>Leads set aside, refused by the central pool: %1. They stay on this kiosk and cannot be wiped until they reach the pool. Fix the cause, then try again.</source>
        <translation>被中央数据库拒收而搁置的潜在客户：%1。资料保留在本机，送达中央数据库之前不能清除。请先排除原因，再重试。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
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
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 条潜在客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) at the last merge</source>
        <translation>
            <numerusform>上次合并时为 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s); not merged into people yet</source>
        <translation>
            <numerusform>%n 条潜在客户；尚未合并为个人</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n lead(s) pooled</source>
        <translation>
            <numerusform>已汇集 %n 个潜在客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Late (no heartbeat for over 3 minutes)</source>
        <translation>延迟（超过 3 分钟没有心跳）</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>no content</source>
        <translation>没有内容</translation>
    </message>
    <message>
        <source>content loaded by hand</source>
        <translation>手动载入的内容</translation>
    </message>
    <message>
        <source>content %1</source>
        <translation>内容 %1</translation>
    </message>
    <message>
        <source>Its version differs from the other kiosks.</source>
        <translation>其版本与其他信息站不同。</translation>
    </message>
    <message>
        <source>Held at another content revision by staff.</source>
        <translation>工作人员将其保持在另一个内容版本。</translation>
    </message>
    <message>
        <source>Its content differs from the published pack.</source>
        <translation>其内容与已发布的内容包不同。</translation>
    </message>
    <message>
        <source>Last push: %1</source>
        <translation>上次发送：%1</translation>
    </message>
</context>
<context>
    <name>StaffWipePanel</name>
    <message>
        <source>Wipe exported leads</source>
        <translation>清除已导出的潜在客户</translation>
    </message>
    <message>
        <source>The central pool refused some leads, and they are set aside on this kiosk; wiped now, they would never get there. See the Sync screen for why, fix it and send them again, then wipe.</source>
        <translation>中央数据库拒收了部分潜在客户，它们已搁置在本机；现在清除的话，它们将永远无法送达。请到“同步”画面查看原因，排除后重新发送，然后再清除。</translation>
    </message>
    <message>
        <source>Some leads have not reached the central pool yet; wiped now, they would never get there. Let the kiosk sync first, then wipe.</source>
        <translation>部分潜在客户尚未发送到中央数据库；现在清除的话，它们将永远无法送达。请先让本机完成同步，然后再清除。</translation>
    </message>
    <message>
        <source>No verified export of all leads to a USB drive exists on this kiosk. Export the leads to a drive first: only then can they be wiped safely (an export to a folder on the kiosk&apos;s own disk does not count).</source>
        <translation>本机没有导出到 U 盘、包含全部潜在客户的已核对导出。请先导出到 U 盘，之后才能安全清除（导出到本机自身磁盘上的文件夹不计）。</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) are in a verified export and can be wiped.</source>
        <translation>
            <numerusform>%n 个潜在客户已在核对过的导出文件中，可以清除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) are not in any export as they are now, and stay.</source>
        <translation>
            <numerusform>%n 个潜在客户的当前信息不在任何导出文件中，将予以保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wipe %n exported lead(s)</source>
        <translation>
            <numerusform>清除 %n 个已导出的潜在客户</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n lead(s) wiped; %1 kept.</source>
        <translation>
            <numerusform>已清除 %n 个潜在客户；保留 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wipe %n lead(s)?</source>
        <translation>
            <numerusform>清除 %n 个潜在客户？</numerusform>
        </translation>
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
        <source>They are deleted from this kiosk for good. The export holds them.</source>
        <translation>它们将从本机永久删除，导出文件中仍有保存。</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>StaffZipPassword</name>
    <message>
        <source>Encrypted ZIP with a password</source>
        <translation>用密码加密的 ZIP 文件</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>Thank you!</source>
        <translation>谢谢！</translation>
    </message>
    <message>
        <source>Your details have been saved. They will be passed on only as you agreed, and the exhibitors you chose can contact you.</source>
        <translation>您的信息已保存。我们只会按您同意的方式转交信息，您选择的参展商将可与您联系。</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact %1 using the contact details on the left.</source>
        <translation>您可随时撤回同意，或要求查阅、更正或删除您的信息：请通过左侧的联系方式联系%1。</translation>
    </message>
    <message>
        <source>You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact the organiser using the contact details on the left.</source>
        <translation>您可随时撤回同意，或要求查阅、更正或删除您的信息：请通过左侧的联系方式联系主办单位。</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <source>Returning to Home in %1 s</source>
        <translation>%1 秒后返回首页</translation>
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
<context>
    <name>YouAreHereMarker</name>
    <message>
        <source>You are here</source>
        <translation>您在这里</translation>
    </message>
</context>
<context>
    <name>audit.content.hold</name>
    <message>
        <source>Content held at a revision (empty: released)</source>
        <translation>内容保持在某一版本（空白：已解除）</translation>
    </message>
</context>
<context>
    <name>audit.content.import</name>
    <message>
        <source>Content loaded</source>
        <translation>已加载内容</translation>
    </message>
</context>
<context>
    <name>audit.detail</name>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
</context>
<context>
    <name>audit.export.cancelled</name>
    <message>
        <source>Export cancelled</source>
        <translation>已取消导出</translation>
    </message>
</context>
<context>
    <name>audit.export.encrypted</name>
    <message>
        <source>Leads exported in an encrypted zip</source>
        <translation>潜在客户已导出为加密压缩文件</translation>
    </message>
</context>
<context>
    <name>audit.export.failed</name>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>audit.export.verified</name>
    <message>
        <source>Leads exported and verified</source>
        <translation>潜在客户已导出并核对</translation>
    </message>
</context>
<context>
    <name>audit.lead.save_failed</name>
    <message>
        <source>A lead could not be saved</source>
        <translation>有一条潜在客户未能保存</translation>
    </message>
</context>
<context>
    <name>audit.leads.erase</name>
    <message>
        <source>A visitor&apos;s data erased</source>
        <translation>已删除一位访客的资料</translation>
    </message>
</context>
<context>
    <name>audit.leads.erase.central</name>
    <message>
        <source>A visitor&apos;s data erased from the central pool</source>
        <translation>已从中央数据库删除一位访客的资料</translation>
    </message>
</context>
<context>
    <name>audit.leads.purge</name>
    <message>
        <source>Leads past the retention period deleted</source>
        <translation>已删除超过保存期限的潜在客户</translation>
    </message>
</context>
<context>
    <name>audit.leads.purge.started</name>
    <message>
        <source>Deletion of leads past the retention period started</source>
        <translation>开始删除超过保存期限的潜在客户</translation>
    </message>
</context>
<context>
    <name>audit.leads.wipe</name>
    <message>
        <source>Leads wiped</source>
        <translation>已清除潜在客户</translation>
    </message>
</context>
<context>
    <name>audit.leads.wipe.started</name>
    <message>
        <source>Wipe of leads started</source>
        <translation>开始清除潜在客户</translation>
    </message>
</context>
<context>
    <name>audit.matching.cancel</name>
    <message>
        <source>Meeting cancelled</source>
        <translation>已取消会面</translation>
    </message>
</context>
<context>
    <name>audit.matching.confirm</name>
    <message>
        <source>Meeting confirmed</source>
        <translation>已确认会面</translation>
    </message>
</context>
<context>
    <name>audit.matching.move</name>
    <message>
        <source>Meeting moved</source>
        <translation>已更改会面时间</translation>
    </message>
</context>
<context>
    <name>audit.matching.no_show</name>
    <message>
        <source>Meeting marked as a no-show</source>
        <translation>会面已标记为未出席</translation>
    </message>
</context>
<context>
    <name>audit.other</name>
    <message>
        <source>{action}</source>
        <translation>{action}</translation>
    </message>
</context>
<context>
    <name>audit.pin.locked</name>
    <message>
        <source>PIN locked after wrong attempts</source>
        <translation>密码错误次数过多，已暂时锁定</translation>
    </message>
</context>
<context>
    <name>audit.pin.set</name>
    <message>
        <source>Staff PIN set</source>
        <translation>已设置工作人员密码</translation>
    </message>
</context>
<context>
    <name>audit.settings.changed</name>
    <message>
        <source>Settings changed</source>
        <translation>已更改设置</translation>
    </message>
</context>
<context>
    <name>audit.settings.position</name>
    <message>
        <source>Kiosk position on the map chosen</source>
        <translation>已选择本机在地图上的位置</translation>
    </message>
</context>
<context>
    <name>audit_detail.before</name>
    <message>
        <source>before</source>
        <translation>之前</translation>
    </message>
</context>
<context>
    <name>audit_detail.by</name>
    <message>
        <source>found by</source>
        <translation>查找依据</translation>
    </message>
</context>
<context>
    <name>audit_detail.central</name>
    <message>
        <source>central pool</source>
        <translation>中央数据库</translation>
    </message>
</context>
<context>
    <name>audit_detail.content_sha256</name>
    <message>
        <source>content checksum</source>
        <translation>内容校验码</translation>
    </message>
</context>
<context>
    <name>audit_detail.deleted</name>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>audit_detail.deleted_here</name>
    <message>
        <source>deleted on this kiosk</source>
        <translation>本机已删除</translation>
    </message>
</context>
<context>
    <name>audit_detail.deleted_in_pool</name>
    <message>
        <source>deleted in the central pool</source>
        <translation>中央数据库已删除</translation>
    </message>
</context>
<context>
    <name>audit_detail.destination</name>
    <message>
        <source>destination</source>
        <translation>目的地</translation>
    </message>
</context>
<context>
    <name>audit_detail.error</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>audit_detail.event_id</name>
    <message>
        <source>event</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>audit_detail.exhibitor</name>
    <message>
        <source>exhibitor</source>
        <translation>展商</translation>
    </message>
</context>
<context>
    <name>audit_detail.exhibitors</name>
    <message>
        <source>exhibitors</source>
        <translation>展商数目</translation>
    </message>
</context>
<context>
    <name>audit_detail.export_id</name>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>audit_detail.exports_holding</name>
    <message>
        <source>exports holding them</source>
        <translation>包含它们的导出</translation>
    </message>
</context>
<context>
    <name>audit_detail.failures</name>
    <message>
        <source>wrong attempts</source>
        <translation>错误尝试次数</translation>
    </message>
</context>
<context>
    <name>audit_detail.files</name>
    <message>
        <source>files</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>audit_detail.folder</name>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>audit_detail.formats</name>
    <message>
        <source>formats</source>
        <translation>格式</translation>
    </message>
</context>
<context>
    <name>audit_detail.idle_timeout_s</name>
    <message>
        <source>idle time (seconds)</source>
        <translation>无操作时间（秒）</translation>
    </message>
</context>
<context>
    <name>audit_detail.import_id</name>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>audit_detail.kept</name>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>audit_detail.kiosk</name>
    <message>
        <source>kiosk</source>
        <translation>机台</translation>
    </message>
</context>
<context>
    <name>audit_detail.kiosk_id</name>
    <message>
        <source>kiosk id</source>
        <translation>本机编号</translation>
    </message>
</context>
<context>
    <name>audit_detail.leads</name>
    <message>
        <source>leads</source>
        <translation>潜在客户</translation>
    </message>
</context>
<context>
    <name>audit_detail.meeting</name>
    <message>
        <source>meeting</source>
        <translation>会面</translation>
    </message>
</context>
<context>
    <name>audit_detail.mode</name>
    <message>
        <source>mode</source>
        <translation>方式</translation>
    </message>
</context>
<context>
    <name>audit_detail.older_than_days</name>
    <message>
        <source>older than (days)</source>
        <translation>超过（天）</translation>
    </message>
</context>
<context>
    <name>audit_detail.position</name>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>audit_detail.reason</name>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>audit_detail.replaced</name>
    <message>
        <source>replaced</source>
        <translation>已替换</translation>
    </message>
</context>
<context>
    <name>audit_detail.revision</name>
    <message>
        <source>revision</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>audit_detail.seconds</name>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
</context>
<context>
    <name>audit_detail.show_cursor</name>
    <message>
        <source>mouse cursor</source>
        <translation>鼠标指针</translation>
    </message>
</context>
<context>
    <name>audit_detail.since</name>
    <message>
        <source>since</source>
        <translation>起始时间</translation>
    </message>
</context>
<context>
    <name>audit_detail.source</name>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>booking.no_matching</name>
    <message>
        <source>this event has no business matching sessions</source>
        <translation>本活动没有商务配对场次</translation>
    </message>
</context>
<context>
    <name>booking.no_such_slot</name>
    <message>
        <source>{exhibitor} has no meeting slot at {when} (times are the event&apos;s, {zone})</source>
        <translation>{exhibitor} 在 {when} 没有会面时段（时间为活动当地时间，{zone}）</translation>
    </message>
</context>
<context>
    <name>booking.not_taking_part</name>
    <message>
        <source>{exhibitor} does not take part in business matching</source>
        <translation>{exhibitor} 没有参加商务配对</translation>
    </message>
</context>
<context>
    <name>booking.one_per_exhibitor</name>
    <message>
        <source>the visitor already has a meeting with {exhibitor}</source>
        <translation>访客已与 {exhibitor} 有一个会面</translation>
    </message>
</context>
<context>
    <name>booking.same_time</name>
    <message>
        <source>the visitor already has a meeting at {when}</source>
        <translation>访客在 {when} 已有另一个会面</translation>
    </message>
</context>
<context>
    <name>booking.slot_full</name>
    <message>
        <source>{exhibitor} is fully booked at {when}</source>
        <translation>{exhibitor} 在 {when} 已经约满</translation>
    </message>
</context>
<context>
    <name>booking.slot_over</name>
    <message>
        <source>the slot at {when} is already over by this kiosk&apos;s clock</source>
        <translation>按本机时钟，{when} 的时段已经结束</translation>
    </message>
</context>
<context>
    <name>contact_code.none</name>
    <message>
        <source>holds no QR code that can be read; export the WeChat or WeCom &apos;Contact me&apos; code again as a PNG and name that file</source>
        <translation>没有可读取的二维码；请从微信或企业微信再次导出“联系我”二维码为 PNG，并填写该文件</translation>
    </message>
</context>
<context>
    <name>contact_code.not_contact</name>
    <message>
        <source>holds a QR code that is not a contact code (too long, or not text)</source>
        <translation>含有的二维码不是联系二维码（太长或不是文本）</translation>
    </message>
</context>
<context>
    <name>contact_code.several</name>
    <message>
        <source>holds {count} different QR codes; keep only the contact code</source>
        <translation>含有 {count} 个不同的二维码；只保留联系二维码</translation>
    </message>
</context>
<context>
    <name>contact_code.unreadable</name>
    <message>
        <source>cannot be read as an image: {detail}</source>
        <translation>无法作为图片读取：{detail}</translation>
    </message>
</context>
<context>
    <name>content.age_range</name>
    <message>
        <source>{value} is outside {low} to {high} years (default {default})</source>
        <translation>{value} 不在 {low} 至 {high} 岁之间（默认为 {default}）</translation>
    </message>
</context>
<context>
    <name>content.bad_character</name>
    <message>
        <source>contains {what} ({code}) at character {position}; this field is one line of plain text</source>
        <translation>第 {position} 个字符含有{what}（{code}）；此字段只能填一行纯文本</translation>
    </message>
</context>
<context>
    <name>content.bad_character_block</name>
    <message>
        <source>contains {what} ({code}) at character {position}; remove it</source>
        <translation>第 {position} 个字符含有{what}（{code}）；请删除</translation>
    </message>
</context>
<context>
    <name>content.booth_half</name>
    <message>
        <source>is missing; give both x and y, or neither</source>
        <translation>缺少；x 和 y 要么都填，要么都不填</translation>
    </message>
</context>
<context>
    <name>content.brand_name</name>
    <message>
        <source>expected the brand name as one string (&quot;MICE² Macao x Hengqin&quot;)</source>
        <translation>品牌名称应为一个字符串（&quot;MICE² Macao x Hengqin&quot;）</translation>
    </message>
</context>
<context>
    <name>content.cross_border_language</name>
    <message>
        <source>is missing: {item} must be given in {language} too (PIPL Art. 39: the visitor is told it in the language they read)</source>
        <translation>缺少：{item}也必须以{language}提供（《个人信息保护法》第 39 条：须以访客阅读的语言告知）</translation>
    </message>
</context>
<context>
    <name>content.duplicate_id</name>
    <message>
        <source>{value} is already the id of {other}</source>
        <translation>{value} 已是 {other} 的 ID</translation>
    </message>
</context>
<context>
    <name>content.duplicate_key</name>
    <message>
        <source>is given twice in the same object; keep one</source>
        <translation>在同一对象中出现两次；请保留一个</translation>
    </message>
</context>
<context>
    <name>content.empty</name>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
</context>
<context>
    <name>content.ends_before_start</name>
    <message>
        <source>{ends} is before the start ({starts})</source>
        <translation>{ends} 早于开始日期（{starts}）</translation>
    </message>
</context>
<context>
    <name>content.expected_boolean</name>
    <message>
        <source>expected true or false, got {got}</source>
        <translation>应为 true 或 false，实际是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_days</name>
    <message>
        <source>expected a whole number of days, got {got}</source>
        <translation>应为整数天数，实际是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_fraction</name>
    <message>
        <source>expected a number from 0 to 1, got {got}</source>
        <translation>应为 0 至 1 的数字，实际是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_image</name>
    <message>
        <source>expected the path of an image file, got {got}</source>
        <translation>应为图片文件的路径，实际是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_list</name>
    <message>
        <source>expected a list [...], got {got}</source>
        <translation>应为列表 [...]，实际是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_ltext</name>
    <message>
        <source>expected text or an object of language → text ({{&quot;en&quot;: &quot;...&quot;, &quot;zh-Hant&quot;: &quot;...&quot;}}), got {got}</source>
        <translation>应为文本或“语言：文本”的对象（{{&quot;en&quot;: &quot;...&quot;, &quot;zh-Hant&quot;: &quot;...&quot;}}），实际是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_object</name>
    <message>
        <source>expected an object {{...}}, got {got}</source>
        <translation>应为对象 {{...}}，实际是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_text</name>
    <message>
        <source>expected text, got {got}</source>
        <translation>应为文本，实际是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_top_object</name>
    <message>
        <source>expected an object {{...}} at the top level, got {got}</source>
        <translation>最外层应为对象 {{...}}，实际是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_whole</name>
    <message>
        <source>expected a whole number, got {got}</source>
        <translation>应为整数，实际是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_years</name>
    <message>
        <source>expected a whole number of years, got {got}</source>
        <translation>应为整数岁数，实际是 {got}</translation>
    </message>
</context>
<context>
    <name>content.file_empty</name>
    <message>
        <source>is empty; an empty file is not a content pack</source>
        <translation>为空；空文件不是内容包</translation>
    </message>
</context>
<context>
    <name>content.file_missing</name>
    <message>
        <source>not found in {folder}; a pack is a folder holding it</source>
        <translation>在 {folder} 中找不到；内容包是一个包含此文件的文件夹</translation>
    </message>
</context>
<context>
    <name>content.format</name>
    <message>
        <source>this kiosk reads format {expected}, not {value}</source>
        <translation>本机读取格式 {expected}，而不是 {value}</translation>
    </message>
</context>
<context>
    <name>content.fraction_range</name>
    <message>
        <source>{value} is outside 0 to 1 (a fraction of the map&apos;s size)</source>
        <translation>{value} 不在 0 至 1 之间（地图尺寸的比例）</translation>
    </message>
</context>
<context>
    <name>content.json_invalid</name>
    <message>
        <source>not valid JSON: {detail}</source>
        <translation>不是有效的 JSON：{detail}</translation>
    </message>
</context>
<context>
    <name>content.json_syntax</name>
    <message>
        <source>line {line}, column {column}: {detail}</source>
        <translation>第 {line} 行第 {column} 列：{detail}</translation>
    </message>
</context>
<context>
    <name>content.language</name>
    <message>
        <source>{value} is not a language of the kiosk (one of {known})</source>
        <translation>{value} 不是本机支持的语言（可选：{known}）</translation>
    </message>
</context>
<context>
    <name>content.language_hint</name>
    <message>
        <source>{value} is not a language of the kiosk; did you mean &quot;{suggestion}&quot;?</source>
        <translation>{value} 不是本机支持的语言；您是否指 &quot;{suggestion}&quot;？</translation>
    </message>
</context>
<context>
    <name>content.list_empty</name>
    <message>
        <source>is empty; at least {count} is required</source>
        <translation>为空；至少需要 {count} 项</translation>
    </message>
</context>
<context>
    <name>content.load_failed</name>
    <message>
        <source>could not be checked or loaded: {detail}</source>
        <translation>无法检查或加载：{detail}</translation>
    </message>
</context>
<context>
    <name>content.lone_surrogate</name>
    <message>
        <source>line {line}, column {column}: {escape} is half of a UTF-16 pair, not a character</source>
        <translation>第 {line} 行第 {column} 列：{escape} 只是 UTF-16 代理对的一半，不是字符</translation>
    </message>
</context>
<context>
    <name>content.matching_mode</name>
    <message>
        <source>{value} is not a mode; use {first} or {second}</source>
        <translation>{value} 不是模式；请用 {first} 或 {second}</translation>
    </message>
</context>
<context>
    <name>content.no_folder</name>
    <message>
        <source>no such folder</source>
        <translation>没有此文件夹</translation>
    </message>
</context>
<context>
    <name>content.no_text</name>
    <message>
        <source>has no text in any language; give at least one, e.g. &quot;en&quot;</source>
        <translation>没有任何语言的文本；请至少提供一种，例如 &quot;en&quot;</translation>
    </message>
</context>
<context>
    <name>content.not_a_pack_folder</name>
    <message>
        <source>is not a folder holding content.json</source>
        <translation>不是包含 content.json 的文件夹</translation>
    </message>
</context>
<context>
    <name>content.not_utf8</name>
    <message>
        <source>is not UTF-8 text: byte {byte} at line {line}, column {column} (byte offset {offset}); save the file as UTF-8</source>
        <translation>不是 UTF-8 文本：第 {line} 行第 {column} 列的字节 {byte}（字节偏移 {offset}）；请将文件保存为 UTF-8</translation>
    </message>
</context>
<context>
    <name>content.positions_no_map</name>
    <message>
        <source>a pavilion without a map has no positions on it</source>
        <translation>没有地图的展馆不能有位置</translation>
    </message>
</context>
<context>
    <name>content.qr_too_big</name>
    <message>
        <source>its {kind} QR code ({language}) would hold {size:,} bytes; a QR code holds at most {limit:,} at the kiosk&apos;s error correction ({level}): shorten {shorten}</source>
        <translation>其{kind}二维码（{language}）会有 {size:,} 字节；按本机的纠错等级（{level}），二维码最多只能容纳 {limit:,}：请缩短 {shorten}</translation>
    </message>
</context>
<context>
    <name>content.question_type</name>
    <message>
        <source>{value} is not one of {kinds}</source>
        <translation>{value} 不是 {kinds} 之一</translation>
    </message>
</context>
<context>
    <name>content.reference</name>
    <message>
        <source>{value} is not the id of any {what}</source>
        <translation>{value} 不是任何{what}的 ID</translation>
    </message>
</context>
<context>
    <name>content.reference_hint</name>
    <message>
        <source>{value} is not the id of any {what}; did you mean &quot;{suggestion}&quot;?</source>
        <translation>{value} 不是任何{what}的 ID；您是否指 &quot;{suggestion}&quot;？</translation>
    </message>
</context>
<context>
    <name>content.reference_known</name>
    <message>
        <source>{value} is not the id of any {what} (known: {known})</source>
        <translation>{value} 不是任何{what}的 ID（已有：{known}）</translation>
    </message>
</context>
<context>
    <name>content.required_empty</name>
    <message>
        <source>is empty; this field is required</source>
        <translation>为空；此字段为必填</translation>
    </message>
</context>
<context>
    <name>content.required_missing</name>
    <message>
        <source>is missing; this field is required</source>
        <translation>缺少；此字段为必填</translation>
    </message>
</context>
<context>
    <name>content.required_null</name>
    <message>
        <source>is null; this field is required</source>
        <translation>为 null；此字段为必填</translation>
    </message>
</context>
<context>
    <name>content.retention_range</name>
    <message>
        <source>{value} is outside 1 to {limit} days</source>
        <translation>{value} 不在 1 至 {limit} 天之间</translation>
    </message>
</context>
<context>
    <name>content.role</name>
    <message>
        <source>{value} is not a purpose role (known: {known})</source>
        <translation>{value} 不是用途角色（已有：{known}）</translation>
    </message>
</context>
<context>
    <name>content.role_hint</name>
    <message>
        <source>{value} is not a purpose role; did you mean &quot;{suggestion}&quot;?</source>
        <translation>{value} 不是用途角色；您是否指 &quot;{suggestion}&quot;？</translation>
    </message>
</context>
<context>
    <name>content.role_repeated</name>
    <message>
        <source>{value} is already the role of {other}; one purpose per role</source>
        <translation>{value} 已是 {other} 的角色；每个角色只能有一个用途</translation>
    </message>
</context>
<context>
    <name>content.sector_repeated</name>
    <message>
        <source>names the same sector more than once</source>
        <translation>同一行业列出了不止一次</translation>
    </message>
</context>
<context>
    <name>content.session_end</name>
    <message>
        <source>{end} is not after the start ({start})</source>
        <translation>{end} 不晚于开始时间（{start}）</translation>
    </message>
</context>
<context>
    <name>content.session_outside_event</name>
    <message>
        <source>{day} is outside the event ({starts} to {ends})</source>
        <translation>{day} 不在活动期间内（{starts} 至 {ends}）</translation>
    </message>
</context>
<context>
    <name>content.sessions_overlap</name>
    <message>
        <source>sessions &quot;{first}&quot; and &quot;{second}&quot; overlap; an exhibitor takes part in one session at a time</source>
        <translation>场次 &quot;{first}&quot; 与 &quot;{second}&quot; 时间重叠；参展商一次只能参加一个场次</translation>
    </message>
</context>
<context>
    <name>content.slot_too_long</name>
    <message>
        <source>{slot} minutes do not fit in the session ({start} to {end})</source>
        <translation>{slot} 分钟放不进此场次（{start} 至 {end}）</translation>
    </message>
</context>
<context>
    <name>content.svg_not_here</name>
    <message>
        <source>{path} is an SVG image; SVG is taken for the brand logo only, use PNG, JPEG or WebP here</source>
        <translation>{path} 是 SVG 图片；SVG 仅用于品牌标志，此处请使用 PNG、JPEG 或 WebP</translation>
    </message>
</context>
<context>
    <name>content.text_question_choices</name>
    <message>
        <source>a text question has no choices; remove them or use single</source>
        <translation>文本题没有选项；请删除选项或改用 single</translation>
    </message>
</context>
<context>
    <name>content.too_deep</name>
    <message>
        <source>is nested too deeply to be a content pack</source>
        <translation>嵌套层数太多，不可能是内容包</translation>
    </message>
</context>
<context>
    <name>content.too_few_choices</name>
    <message>
        <source>a {kind} choice question needs at least 2 choices</source>
        <translation>{kind} 选择题至少需要 2 个选项</translation>
    </message>
</context>
<context>
    <name>content.too_long</name>
    <message>
        <source>is {length:,} characters long; at most {limit:,} are allowed</source>
        <translation>长 {length:,} 个字符；最多只能 {limit:,} 个</translation>
    </message>
</context>
<context>
    <name>content.too_many_choices</name>
    <message>
        <source>has {count} choices; at most {limit}</source>
        <translation>有 {count} 个选项；最多 {limit} 个</translation>
    </message>
</context>
<context>
    <name>content.too_many_exhibitors</name>
    <message>
        <source>{count:,} exhibitors; a pack may hold at most {limit:,}</source>
        <translation>有 {count:,} 个参展商；一个内容包最多只能有 {limit:,} 个</translation>
    </message>
</context>
<context>
    <name>content.too_many_positions</name>
    <message>
        <source>has {count} positions; a map may have at most {limit}</source>
        <translation>有 {count} 个位置；每张地图最多 {limit} 个</translation>
    </message>
</context>
<context>
    <name>content.too_many_questions</name>
    <message>
        <source>has {count} questions; an exhibitor may ask at most {limit}</source>
        <translation>有 {count} 个问题；每个参展商最多只能问 {limit} 个</translation>
    </message>
</context>
<context>
    <name>content.too_many_sessions</name>
    <message>
        <source>{count} sessions; at most {limit}</source>
        <translation>有 {count} 个场次；最多 {limit} 个</translation>
    </message>
</context>
<context>
    <name>content.unknown_field</name>
    <message>
        <source>unknown field (allowed: {allowed})</source>
        <translation>未知字段（可用字段：{allowed}）</translation>
    </message>
</context>
<context>
    <name>content.unknown_field_hint</name>
    <message>
        <source>unknown field; did you mean &quot;{suggestion}&quot;?</source>
        <translation>未知字段；您是否指 &quot;{suggestion}&quot;？</translation>
    </message>
</context>
<context>
    <name>content.whole_range</name>
    <message>
        <source>{value} is outside {low} to {high:,}</source>
        <translation>{value} 不在 {low} 至 {high:,} 之间</translation>
    </message>
</context>
<context>
    <name>export.failed</name>
    <message>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
</context>
<context>
    <name>export.full</name>
    <message>
        <source>The drive is full.</source>
        <translation>存储设备已满。</translation>
    </message>
</context>
<context>
    <name>export.gone</name>
    <message>
        <source>The drive is no longer there. Was it pulled out?</source>
        <translation>找不到存储设备，是否已被拔出？</translation>
    </message>
</context>
<context>
    <name>export.read_only</name>
    <message>
        <source>The drive is read-only.</source>
        <translation>存储设备为只读。</translation>
    </message>
</context>
<context>
    <name>export.zip_differ</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不同。</translation>
    </message>
</context>
<context>
    <name>export.zip_hint</name>
    <message>
        <source>Give the password to the recipient separately, never on the drive.</source>
        <translation>请另行把密码交给收件人，切勿存放在U盘上。</translation>
    </message>
</context>
<context>
    <name>export.zip_short</name>
    <message>
        <source>At least {min} characters.</source>
        <translation>至少 {min} 个字符。</translation>
    </message>
</context>
<context>
    <name>field.country</name>
    <message>
        <source>{value} is not an ISO 3166-1 alpha-2 country code (e.g. MO, CN, PT, BR)</source>
        <translation>{value} 不是 ISO 3166-1 两字母国家或地区代码（例如 MO、CN、PT、BR）</translation>
    </message>
</context>
<context>
    <name>field.country_case</name>
    <message>
        <source>{value} is not a country code; did you mean &quot;{code}&quot;?</source>
        <translation>{value} 不是国家或地区代码；您是否指 &quot;{code}&quot;？</translation>
    </message>
</context>
<context>
    <name>field.country_slip</name>
    <message>
        <source>{value} is not an ISO 3166-1 code; use &quot;{code}&quot;</source>
        <translation>{value} 不是 ISO 3166-1 代码；请用 &quot;{code}&quot;</translation>
    </message>
</context>
<context>
    <name>field.date</name>
    <message>
        <source>{value} is not a date in the form YYYY-MM-DD</source>
        <translation>{value} 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
</context>
<context>
    <name>field.date_unreal</name>
    <message>
        <source>{value} is not a real date</source>
        <translation>{value} 不是真实存在的日期</translation>
    </message>
</context>
<context>
    <name>field.email</name>
    <message>
        <source>{value} is not an email address (e.g. name@example.com)</source>
        <translation>{value} 不是电子邮箱地址（例如 name@example.com）</translation>
    </message>
</context>
<context>
    <name>field.identifier</name>
    <message>
        <source>{value} is not a valid id: use 1 to 64 lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter or digit</source>
        <translation>{value} 不是有效的 ID：请使用 1 至 64 个小写字母、数字、&quot;.&quot;、&quot;_&quot; 或 &quot;-&quot;，并以字母或数字开头</translation>
    </message>
</context>
<context>
    <name>field.language</name>
    <message>
        <source>{value} is not a language tag (the kiosk shows {tags})</source>
        <translation>{value} 不是语言代码（本机显示 {tags}）</translation>
    </message>
</context>
<context>
    <name>field.language_case</name>
    <message>
        <source>language {value} must be written &quot;{tag}&quot;</source>
        <translation>语言 {value} 必须写成 &quot;{tag}&quot;</translation>
    </message>
</context>
<context>
    <name>field.phone</name>
    <message>
        <source>{value} is not a phone number</source>
        <translation>{value} 不是电话号码</translation>
    </message>
</context>
<context>
    <name>field.phone_plus</name>
    <message>
        <source>{value} is not an international phone number: start with &quot;+&quot; and the country code, e.g. &quot;+853 2871 0300&quot;</source>
        <translation>{value} 不是国际电话号码：请以 &quot;+&quot; 及国家或地区区号开头，例如 &quot;+853 2871 0300&quot;</translation>
    </message>
</context>
<context>
    <name>field.phone_reason</name>
    <message>
        <source>{value} is not a phone number: {reason}</source>
        <translation>{value} 不是电话号码：{reason}</translation>
    </message>
</context>
<context>
    <name>field.time</name>
    <message>
        <source>{value} is not a time of day in the form HH:MM (e.g. 09:30)</source>
        <translation>{value} 不是 HH:MM 格式的时间（例如 09:30）</translation>
    </message>
</context>
<context>
    <name>field.timezone</name>
    <message>
        <source>{value} is not an IANA time zone (e.g. Asia/Shanghai, Asia/Macau)</source>
        <translation>{value} 不是 IANA 时区（例如 Asia/Shanghai、Asia/Macau）</translation>
    </message>
</context>
<context>
    <name>field.timezone_hint</name>
    <message>
        <source>{value} is not an IANA time zone (e.g. Asia/Shanghai, Asia/Macau); did you mean &quot;{suggestion}&quot;?</source>
        <translation>{value} 不是 IANA 时区（例如 Asia/Shanghai、Asia/Macau）；您是否指 &quot;{suggestion}&quot;？</translation>
    </message>
</context>
<context>
    <name>field.website_host</name>
    <message>
        <source>{value} is not a web address: it has no valid host name</source>
        <translation>{value} 不是网址：没有有效的主机名</translation>
    </message>
</context>
<context>
    <name>field.website_scheme</name>
    <message>
        <source>{value} is not a web address: it must start with &quot;https://&quot;</source>
        <translation>{value} 不是网址：必须以 &quot;https://&quot; 开头</translation>
    </message>
</context>
<context>
    <name>file.grew</name>
    <message>
        <source>is larger than {limit}, the most it may be</source>
        <translation>大于 {limit}，超出上限</translation>
    </message>
</context>
<context>
    <name>file.not_a_file</name>
    <message>
        <source>is {kind}, not a file</source>
        <translation>是{kind}，不是文件</translation>
    </message>
</context>
<context>
    <name>file.too_big</name>
    <message>
        <source>is {size}; it may be at most {limit}</source>
        <translation>大小为 {size}；最多只能 {limit}</translation>
    </message>
</context>
<context>
    <name>file.unreadable</name>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
</context>
<context>
    <name>image.damaged</name>
    <message>
        <source>is damaged and cannot be decoded ({detail})</source>
        <translation>已损坏，无法解码（{detail}）</translation>
    </message>
</context>
<context>
    <name>image.empty_file</name>
    <message>
        <source>is an empty file</source>
        <translation>是空文件</translation>
    </message>
</context>
<context>
    <name>image.format</name>
    <message>
        <source>is a {format} image; use PNG, JPEG or WebP</source>
        <translation>是 {format} 图片；请使用 PNG、JPEG 或 WebP</translation>
    </message>
</context>
<context>
    <name>image.not_a_file</name>
    <message>
        <source>{path} is {kind}, not an image file</source>
        <translation>{path} 是{kind}，不是图片文件</translation>
    </message>
</context>
<context>
    <name>image.not_found</name>
    <message>
        <source>file {path} not found in the pack</source>
        <translation>内容包内找不到文件 {path}</translation>
    </message>
</context>
<context>
    <name>image.not_found_case</name>
    <message>
        <source>file {path} not found in the pack; did you mean &quot;{suggestion}&quot;? (letter case matters)</source>
        <translation>内容包内找不到文件 {path}；您是否指 &quot;{suggestion}&quot;？（区分大小写）</translation>
    </message>
</context>
<context>
    <name>image.not_found_case_workbook</name>
    <message>
        <source>file {path} not found beside the workbook; did you mean &quot;{suggestion}&quot;? (letter case matters)</source>
        <translation>工作簿旁找不到文件 {path}；您是否指 &quot;{suggestion}&quot;？（区分大小写）</translation>
    </message>
</context>
<context>
    <name>image.not_found_near</name>
    <message>
        <source>file {path} not found in the pack (in {folder}; did you mean &quot;{suggestion}&quot;?)</source>
        <translation>内容包内找不到文件 {path}（在 {folder} 内；您是否指 &quot;{suggestion}&quot;？）</translation>
    </message>
</context>
<context>
    <name>image.not_found_near_workbook</name>
    <message>
        <source>file {path} not found beside the workbook (in {folder}; did you mean &quot;{suggestion}&quot;?)</source>
        <translation>工作簿旁找不到文件 {path}（在 {folder} 内；您是否指 &quot;{suggestion}&quot;？）</translation>
    </message>
</context>
<context>
    <name>image.not_found_workbook</name>
    <message>
        <source>file {path} not found beside the workbook</source>
        <translation>工作簿旁找不到文件 {path}</translation>
    </message>
</context>
<context>
    <name>image.not_image</name>
    <message>
        <source>is not an image (PNG, JPEG or WebP)</source>
        <translation>不是图片（PNG、JPEG 或 WebP）</translation>
    </message>
</context>
<context>
    <name>image.path_absolute</name>
    <message>
        <source>{path} is an absolute path; give a path relative to the pack folder</source>
        <translation>{path} 是绝对路径；请填写相对于内容包文件夹的路径</translation>
    </message>
</context>
<context>
    <name>image.path_absolute_workbook</name>
    <message>
        <source>{path} is an absolute path; give a path relative to the workbook&apos;s folder</source>
        <translation>{path} 是绝对路径；请填写相对于工作簿所在文件夹的路径</translation>
    </message>
</context>
<context>
    <name>image.path_backslash</name>
    <message>
        <source>{path} contains a backslash; write paths with forward slashes (&quot;images/a.png&quot;)</source>
        <translation>{path} 含有反斜杠；路径请用正斜杠（&quot;images/a.png&quot;）</translation>
    </message>
</context>
<context>
    <name>image.path_control</name>
    <message>
        <source>{path} contains a control or invalid character</source>
        <translation>{path} 含有控制字符或无效字符</translation>
    </message>
</context>
<context>
    <name>image.path_empty</name>
    <message>
        <source>is empty; give the image&apos;s path inside the pack folder</source>
        <translation>为空；请填写图片在内容包文件夹内的路径</translation>
    </message>
</context>
<context>
    <name>image.path_empty_workbook</name>
    <message>
        <source>is empty; give the image&apos;s path inside the workbook&apos;s folder</source>
        <translation>为空；请填写图片在工作簿所在文件夹内的路径</translation>
    </message>
</context>
<context>
    <name>image.path_folder</name>
    <message>
        <source>{path} names the pack folder, not an image file</source>
        <translation>{path} 指向内容包文件夹本身，而不是图片文件</translation>
    </message>
</context>
<context>
    <name>image.path_folder_workbook</name>
    <message>
        <source>{path} names the workbook&apos;s folder, not an image file</source>
        <translation>{path} 指向工作簿所在的文件夹，而不是图片文件</translation>
    </message>
</context>
<context>
    <name>image.path_link</name>
    <message>
        <source>{path} leaves the pack folder (it is a link to {target}); copy the image into the pack instead</source>
        <translation>{path} 指向内容包文件夹以外（是指向 {target} 的链接）；请把图片复制到内容包内</translation>
    </message>
</context>
<context>
    <name>image.path_link_workbook</name>
    <message>
        <source>{path} leaves the workbook&apos;s folder (it is a link to {target}); copy the image into the folder instead</source>
        <translation>{path} 指向工作簿所在文件夹以外（是指向 {target} 的链接）；请把图片复制到该文件夹内</translation>
    </message>
</context>
<context>
    <name>image.path_parent</name>
    <message>
        <source>{path} leaves the pack folder (&quot;..&quot; is not allowed)</source>
        <translation>{path} 指向内容包文件夹以外（不可使用 &quot;..&quot;）</translation>
    </message>
</context>
<context>
    <name>image.path_parent_workbook</name>
    <message>
        <source>{path} leaves the workbook&apos;s folder (&quot;..&quot; is not allowed)</source>
        <translation>{path} 指向工作簿所在文件夹以外（不可使用 &quot;..&quot;）</translation>
    </message>
</context>
<context>
    <name>image.problem</name>
    <message>
        <source>{path} {problem}</source>
        <translation>{path} {problem}</translation>
    </message>
</context>
<context>
    <name>image.too_big</name>
    <message>
        <source>is {size}; images may be at most {limit}</source>
        <translation>大小为 {size}；图片最多只能 {limit}</translation>
    </message>
</context>
<context>
    <name>image.too_large</name>
    <message>
        <source>is {width}×{height} pixels; images may be at most {limit}×{limit}</source>
        <translation>尺寸为 {width}×{height} 像素；图片最大只能 {limit}×{limit}</translation>
    </message>
</context>
<context>
    <name>image.too_many_pixels</name>
    <message>
        <source>has more pixels than the kiosk decodes (at most {limit}×{limit})</source>
        <translation>像素多于本机可解码的上限（最多 {limit}×{limit}）</translation>
    </message>
</context>
<context>
    <name>image.unconvertible</name>
    <message>
        <source>cannot be converted: {detail}</source>
        <translation>无法转换：{detail}</translation>
    </message>
</context>
<context>
    <name>image.uncopyable</name>
    <message>
        <source>cannot be copied: it {problem}</source>
        <translation>无法复制：{problem}</translation>
    </message>
</context>
<context>
    <name>image.unopenable</name>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>无法打开 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>json.bad_escape</name>
    <message>
        <source>a backslash escape that JSON does not know</source>
        <translation>JSON 不认识的反斜杠转义序列</translation>
    </message>
</context>
<context>
    <name>json.control_character</name>
    <message>
        <source>a control character (a line break or tab) inside a text; write it as \n or \t</source>
        <translation>文本中有控制字符（换行或 Tab）；请写成 \n 或 \t</translation>
    </message>
</context>
<context>
    <name>json.expecting_colon</name>
    <message>
        <source>a colon (:) is expected here</source>
        <translation>此处应有冒号（:）</translation>
    </message>
</context>
<context>
    <name>json.expecting_comma</name>
    <message>
        <source>a comma (,) is expected here</source>
        <translation>此处应有逗号（,）</translation>
    </message>
</context>
<context>
    <name>json.expecting_name</name>
    <message>
        <source>a field name in double quotes is expected here</source>
        <translation>此处应有以双引号括起的字段名</translation>
    </message>
</context>
<context>
    <name>json.expecting_value</name>
    <message>
        <source>a value is expected here</source>
        <translation>此处应有一个值</translation>
    </message>
</context>
<context>
    <name>json.extra_data</name>
    <message>
        <source>more data after the end of the document</source>
        <translation>文档结尾之后还有其他数据</translation>
    </message>
</context>
<context>
    <name>json.unterminated_string</name>
    <message>
        <source>a text starting here has no closing double quote</source>
        <translation>由此开始的文本没有结尾的双引号</translation>
    </message>
</context>
<context>
    <name>lead.answer.not_a_choice</name>
    <message>
        <source>Please choose from the answers offered.</source>
        <translation>请从提供的答案中选择。</translation>
    </message>
</context>
<context>
    <name>lead.answer.not_a_choice_of</name>
    <message>
        <source>Please choose from the answers offered ({choices}).</source>
        <translation>请从提供的答案中选择（{choices}）。</translation>
    </message>
</context>
<context>
    <name>lead.answer.not_chosen</name>
    <message>
        <source>Answers are only for the exhibitors you chose; {id} is not one of them.</source>
        <translation>答案只适用于您选择的参展商；{id} 不在其中。</translation>
    </message>
</context>
<context>
    <name>lead.answer.one_choice</name>
    <message>
        <source>Please choose one answer only.</source>
        <translation>请只选择一个答案。</translation>
    </message>
</context>
<context>
    <name>lead.answer.required</name>
    <message>
        <source>Please answer this question.</source>
        <translation>请回答此问题。</translation>
    </message>
</context>
<context>
    <name>lead.answer.too_long</name>
    <message>
        <source>Please shorten your answer to {max} characters.</source>
        <translation>请将答案缩短至{max}个字符。</translation>
    </message>
</context>
<context>
    <name>lead.answer.unknown</name>
    <message>
        <source>This question is not part of the event: {id}.</source>
        <translation>此问题不属于本活动：{id}。</translation>
    </message>
</context>
<context>
    <name>lead.company.too_long</name>
    <message>
        <source>Please shorten the company name to {max} characters.</source>
        <translation>公司名称请勿超过 {max} 个字符。</translation>
    </message>
</context>
<context>
    <name>lead.consent.required</name>
    <message>
        <source>This consent is needed: without it we cannot pass your details on for this purpose, so the form cannot be sent.</source>
        <translation>必须勾选此项：否则我们无法为此目的转交您的信息，表格也无法提交。</translation>
    </message>
</context>
<context>
    <name>lead.consent.unknown</name>
    <message>
        <source>This consent purpose is not part of the event: {id}.</source>
        <translation>此同意用途不属于本活动：{id}。</translation>
    </message>
</context>
<context>
    <name>lead.contact.required</name>
    <message>
        <source>Please give an email address or a phone number so that we can reply.</source>
        <translation>请提供电子邮箱或电话号码，以便我们回复您。</translation>
    </message>
</context>
<context>
    <name>lead.country.unknown</name>
    <message>
        <source>Please choose a country or region from the list.</source>
        <translation>请从列表中选择国家或地区。</translation>
    </message>
</context>
<context>
    <name>lead.email.invalid</name>
    <message>
        <source>Please check the email address (for example name@example.com).</source>
        <translation>请检查电子邮箱地址（例如 name@example.com）。</translation>
    </message>
</context>
<context>
    <name>lead.email.too_long</name>
    <message>
        <source>This email address is too long.</source>
        <translation>电子邮箱地址过长。</translation>
    </message>
</context>
<context>
    <name>lead.exhibitors.too_many</name>
    <message>
        <source>Please choose at most {max} exhibitors.</source>
        <translation>最多只能选择 {max} 个参展商。</translation>
    </message>
</context>
<context>
    <name>lead.exhibitors.unknown</name>
    <message>
        <source>This exhibitor is not part of the event: {id}.</source>
        <translation>此参展商不属于本活动：{id}。</translation>
    </message>
</context>
<context>
    <name>lead.family_name.too_long</name>
    <message>
        <source>Please shorten your family name to {max} characters.</source>
        <translation>请将姓氏缩短至{max}个字符。</translation>
    </message>
</context>
<context>
    <name>lead.field.invalid</name>
    <message>
        <source>This value cannot be used.</source>
        <translation>此内容无法使用。</translation>
    </message>
</context>
<context>
    <name>lead.given_name.too_long</name>
    <message>
        <source>Please shorten your given name(s) to {max} characters.</source>
        <translation>请将名字缩短至{max}个字符。</translation>
    </message>
</context>
<context>
    <name>lead.job_title.too_long</name>
    <message>
        <source>Please shorten the job title to {max} characters.</source>
        <translation>职务请勿超过 {max} 个字符。</translation>
    </message>
</context>
<context>
    <name>lead.matching.no_exhibitors</name>
    <message>
        <source>Choose at least one exhibitor you would like to meet.</source>
        <translation>请至少选择一个您希望洽谈的参展商。</translation>
    </message>
</context>
<context>
    <name>lead.matching_day.invalid</name>
    <message>
        <source>Please choose a day from the list.</source>
        <translation>请从列表中选择日期。</translation>
    </message>
</context>
<context>
    <name>lead.matching_day.out_of_range</name>
    <message>
        <source>Please choose a day between {starts} and {ends}.</source>
        <translation>请选择 {starts} 至 {ends} 之间的日期。</translation>
    </message>
</context>
<context>
    <name>lead.matching_slot.invalid</name>
    <message>
        <source>Please choose morning or afternoon.</source>
        <translation>请选择上午或下午。</translation>
    </message>
</context>
<context>
    <name>lead.message.too_long</name>
    <message>
        <source>Please shorten your message to {max} characters (it has {length}).</source>
        <translation>留言请勿超过 {max} 个字符（目前为 {length} 个）。</translation>
    </message>
</context>
<context>
    <name>lead.name.required</name>
    <message>
        <source>Please enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
</context>
<context>
    <name>lead.name.too_long</name>
    <message>
        <source>Please shorten your name to {max} characters.</source>
        <translation>姓名请勿超过 {max} 个字符。</translation>
    </message>
</context>
<context>
    <name>lead.phone.invalid</name>
    <message>
        <source>Please check the phone number and the country or region.</source>
        <translation>请检查电话号码及所选的国家或地区。</translation>
    </message>
</context>
<context>
    <name>lead.phone.needs_country</name>
    <message>
        <source>Choose your country or region, or start the number with +.</source>
        <translation>请选择您的国家或地区，或以“+”开头输入号码。</translation>
    </message>
</context>
<context>
    <name>lead.phone.too_long</name>
    <message>
        <source>This phone number is too long.</source>
        <translation>电话号码过长。</translation>
    </message>
</context>
<context>
    <name>lead.save.disk_full</name>
    <message>
        <source>Sorry, your details could not be saved because the kiosk&apos;s storage is full. Everything you entered is still here: please ask a member of staff for help.</source>
        <translation>抱歉，本机存储空间已满，未能保存您的信息。您填写的内容均已保留，请向工作人员求助。</translation>
    </message>
</context>
<context>
    <name>lead.save.failed</name>
    <message>
        <source>Sorry, your details could not be saved just now. Everything you entered is still here: please try again in a moment, or ask a member of staff for help.</source>
        <translation>抱歉，暂时未能保存您的信息。您填写的内容均已保留，请稍后再试，或向工作人员求助。</translation>
    </message>
</context>
<context>
    <name>lead.save.locked</name>
    <message>
        <source>Sorry, the kiosk is busy for a moment and could not save your details. Everything you entered is still here: please send it again.</source>
        <translation>抱歉，本机暂时繁忙，未能保存您的信息。您填写的内容均已保留，请再提交一次。</translation>
    </message>
</context>
<context>
    <name>lead.save.read_only</name>
    <message>
        <source>Sorry, the kiosk cannot save details at the moment. Everything you entered is still here: please ask a member of staff for help.</source>
        <translation>抱歉，本机目前无法保存信息。您填写的内容均已保留，请向工作人员求助。</translation>
    </message>
</context>
<context>
    <name>lead.save.slot_full</name>
    <message>
        <source>Sorry, a meeting slot you chose has just been booked by someone else. Everything you entered is still here: please choose another time.</source>
        <translation>抱歉，您所选的会面时段刚被他人预约。您填写的所有信息仍在：请选择其他时间。</translation>
    </message>
</context>
<context>
    <name>lead.save.slot_over</name>
    <message>
        <source>Sorry, a meeting slot you chose has already started. Everything you entered is still here: please choose another time.</source>
        <translation>抱歉，您所选的会面时段已经开始。您填写的所有信息仍在：请选择其他时间。</translation>
    </message>
</context>
<context>
    <name>lead.sectors.too_many</name>
    <message>
        <source>Please choose at most {max} sectors.</source>
        <translation>最多只能选择 {max} 个行业。</translation>
    </message>
</context>
<context>
    <name>lead.sectors.unknown</name>
    <message>
        <source>This sector is not part of the event: {id}.</source>
        <translation>此行业不属于本活动：{id}。</translation>
    </message>
</context>
<context>
    <name>matching.cannot_change</name>
    <message>
        <source>meeting {meeting} is {status}; it cannot be {action}</source>
        <translation>会面 {meeting} 目前{status}；不能{action}</translation>
    </message>
</context>
<context>
    <name>matching.not_movable</name>
    <message>
        <source>meeting {meeting} is {status}; only a booked one moves</source>
        <translation>会面 {meeting} 目前{status}；只有已预约的会面可以更改时间</translation>
    </message>
</context>
<context>
    <name>matching.other_event</name>
    <message>
        <source>the meeting&apos;s event is not the one loaded</source>
        <translation>此会面所属的活动不是当前加载的活动</translation>
    </message>
</context>
<context>
    <name>meeting.cancel</name>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>meeting.cancelled</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>meeting.confirm</name>
    <message>
        <source>confirmed</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>meeting.confirmed</name>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
</context>
<context>
    <name>meeting.conflict</name>
    <message>
        <source>Conflict: table given to another visitor</source>
        <translation>冲突：桌位已给予另一位访客</translation>
    </message>
</context>
<context>
    <name>meeting.mark_no_show</name>
    <message>
        <source>marked as a no-show</source>
        <translation>标记为未出席</translation>
    </message>
</context>
<context>
    <name>meeting.no_show</name>
    <message>
        <source>No-show</source>
        <translation>未出席</translation>
    </message>
</context>
<context>
    <name>meeting.pending</name>
    <message>
        <source>Pending confirmation</source>
        <translation>待确认</translation>
    </message>
</context>
<context>
    <name>pin.common</name>
    <message>
        <source>the PIN is one of the most common PINs; choose one nobody would guess</source>
        <translation>此密码是最常见的密码之一；请选一个别人猜不到的</translation>
    </message>
</context>
<context>
    <name>pin.digits</name>
    <message>
        <source>the PIN must be digits only</source>
        <translation>密码只能包含数字</translation>
    </message>
</context>
<context>
    <name>pin.long</name>
    <message>
        <source>the PIN must have at most {max} digits</source>
        <translation>密码最多只能有 {max} 位数字</translation>
    </message>
</context>
<context>
    <name>pin.pattern</name>
    <message>
        <source>the PIN must not repeat a group of digits (121212, 123123, 112233) or read the same backwards (123321)</source>
        <translation>密码不能重复一组数字（121212、123123、112233），也不能前后对称（123321）</translation>
    </message>
</context>
<context>
    <name>pin.repeat</name>
    <message>
        <source>the PIN must not repeat one digit</source>
        <translation>密码不能只重复同一个数字</translation>
    </message>
</context>
<context>
    <name>pin.run</name>
    <message>
        <source>the PIN must not climb or fall in equal steps, such as 123456, 654321 or 135791</source>
        <translation>密码不能按相同间距递增或递减，例如 123456、654321 或 135791</translation>
    </message>
</context>
<context>
    <name>pin.short</name>
    <message>
        <source>the PIN must have at least {min} digits</source>
        <translation>密码至少要有 {min} 位数字</translation>
    </message>
</context>
<context>
    <name>pin.varied</name>
    <message>
        <source>the PIN must use at least 3 different digits, none in more than half the places (not 000001 or 121211)</source>
        <translation>密码至少要用 3 个不同的数字，且任何一个数字都不能占一半以上的位置（不能是 000001 或 121211）</translation>
    </message>
</context>
<context>
    <name>position.both</name>
    <message>
        <source>position: give a position or --clear, not both</source>
        <translation>position：请指定一个位置或 --clear，不能同时使用</translation>
    </message>
</context>
<context>
    <name>position.malformed</name>
    <message>
        <source>{value} is not a position; write it as PAVILION/POSITION</source>
        <translation>{value} 不是位置；请写成 展馆/位置（PAVILION/POSITION）</translation>
    </message>
</context>
<context>
    <name>position.none_known</name>
    <message>
        <source>{value} is not a position on the maps (known: none: the content pack names no positions)</source>
        <translation>{value} 不是地图上的位置（已有：无；内容包未列出任何位置）</translation>
    </message>
</context>
<context>
    <name>position.unknown</name>
    <message>
        <source>{value} is not a position on the maps (known: {known})</source>
        <translation>{value} 不是地图上的位置（已有：{known}）</translation>
    </message>
</context>
<context>
    <name>settings.idle_range</name>
    <message>
        <source>The idle time must be between {min} and {max} seconds.</source>
        <translation>无操作时间必须在 {min} 至 {max} 秒之间。</translation>
    </message>
</context>
<context>
    <name>settings.kiosk_id_chars</name>
    <message>
        <source>The kiosk id may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>本机编号只能包含英文字母、数字、“.”、“_”和“-”。</translation>
    </message>
</context>
<context>
    <name>settings.kiosk_id_empty</name>
    <message>
        <source>The kiosk id must not be empty.</source>
        <translation>本机编号不能为空。</translation>
    </message>
</context>
<context>
    <name>settings.kiosk_id_long</name>
    <message>
        <source>The kiosk id must have at most {max} characters.</source>
        <translation>本机编号最多只能有 {max} 个字符。</translation>
    </message>
</context>
<context>
    <name>staff.failure</name>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
</context>
<context>
    <name>svg.dtd</name>
    <message>
        <source>is an SVG with a DTD or entities; remove the &lt;!DOCTYPE ...&gt;</source>
        <translation>是带有 DTD 或实体的 SVG；请删除 &lt;!DOCTYPE ...&gt;</translation>
    </message>
</context>
<context>
    <name>svg.element</name>
    <message>
        <source>is an SVG holding &lt;{element}&gt;; the kiosk shows only drawings</source>
        <translation>是包含 &lt;{element}&gt; 的 SVG；本机只显示图形</translation>
    </message>
</context>
<context>
    <name>svg.event_handler</name>
    <message>
        <source>is an SVG with an event handler ({attribute}); remove it</source>
        <translation>是带有事件处理程序（{attribute}）的 SVG；请将其删除</translation>
    </message>
</context>
<context>
    <name>svg.href</name>
    <message>
        <source>is an SVG that refers to another file ({target}); embed what it draws</source>
        <translation>是引用其他文件（{target}）的 SVG；请把所引用的内容嵌入文件中</translation>
    </message>
</context>
<context>
    <name>svg.malformed</name>
    <message>
        <source>is not a well-formed SVG file ({detail})</source>
        <translation>不是格式正确的 SVG 文件（{detail}）</translation>
    </message>
</context>
<context>
    <name>svg.no_size</name>
    <message>
        <source>is an SVG without a size; give its &lt;svg&gt; a viewBox (or width and height in pixels)</source>
        <translation>是没有尺寸的 SVG；请为其 &lt;svg&gt; 指定 viewBox（或以像素为单位的宽度和高度）</translation>
    </message>
</context>
<context>
    <name>svg.not_svg</name>
    <message>
        <source>is XML but not an SVG image (its root must be &lt;svg&gt; in the SVG namespace)</source>
        <translation>是 XML 但不是 SVG 图片（根元素必须是 SVG 命名空间中的 &lt;svg&gt;）</translation>
    </message>
</context>
<context>
    <name>svg.outside_url</name>
    <message>
        <source>is an SVG whose {attribute} refers to another file; remove it</source>
        <translation>是 {attribute} 引用其他文件的 SVG；请将其删除</translation>
    </message>
</context>
<context>
    <name>svg.style_import</name>
    <message>
        <source>is an SVG whose style sheet refers to another file; remove it</source>
        <translation>是样式表引用其他文件的 SVG；请将其删除</translation>
    </message>
</context>
<context>
    <name>term.bidi_control</name>
    <message>
        <source>a bidirectional control</source>
        <translation>双向控制字符</translation>
    </message>
</context>
<context>
    <name>term.control_character</name>
    <message>
        <source>a control character</source>
        <translation>控制字符</translation>
    </message>
</context>
<context>
    <name>term.cross_border.categories</name>
    <message>
        <source>the categories of personal data sent</source>
        <translation>传输的个人信息种类</translation>
    </message>
</context>
<context>
    <name>term.cross_border.contact</name>
    <message>
        <source>the recipient&apos;s contact details</source>
        <translation>接收方联系方式</translation>
    </message>
</context>
<context>
    <name>term.cross_border.method</name>
    <message>
        <source>how the data is processed there</source>
        <translation>当地的处理方式</translation>
    </message>
</context>
<context>
    <name>term.cross_border.purpose</name>
    <message>
        <source>the purpose of the transfer</source>
        <translation>传输目的</translation>
    </message>
</context>
<context>
    <name>term.cross_border.recipient</name>
    <message>
        <source>the recipient&apos;s name</source>
        <translation>接收方名称</translation>
    </message>
</context>
<context>
    <name>term.cross_border.rights</name>
    <message>
        <source>how to exercise one&apos;s rights with the recipient</source>
        <translation>向接收方行使权利的方式</translation>
    </message>
</context>
<context>
    <name>term.device</name>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
</context>
<context>
    <name>term.exhibitor</name>
    <message>
        <source>exhibitor</source>
        <translation>参展商</translation>
    </message>
</context>
<context>
    <name>term.fifo</name>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
</context>
<context>
    <name>term.folder</name>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>term.language.en</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>term.language.pt</name>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙文</translation>
    </message>
</context>
<context>
    <name>term.language.zh_hans</name>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
</context>
<context>
    <name>term.language.zh_hant</name>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
</context>
<context>
    <name>term.meeting.cancelled</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>term.meeting.confirmed</name>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
</context>
<context>
    <name>term.meeting.conflict</name>
    <message>
        <source>in conflict</source>
        <translation>有冲突</translation>
    </message>
</context>
<context>
    <name>term.meeting.no_show</name>
    <message>
        <source>a no-show</source>
        <translation>未出席</translation>
    </message>
</context>
<context>
    <name>term.meeting.pending</name>
    <message>
        <source>pending</source>
        <translation>待确认</translation>
    </message>
</context>
<context>
    <name>term.no</name>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>term.not_regular</name>
    <message>
        <source>not a regular file</source>
        <translation>非普通文件</translation>
    </message>
</context>
<context>
    <name>term.pack_folder</name>
    <message>
        <source>the pack folder</source>
        <translation>内容包文件夹</translation>
    </message>
</context>
<context>
    <name>term.pavilion</name>
    <message>
        <source>pavilion</source>
        <translation>展馆</translation>
    </message>
</context>
<context>
    <name>term.phone.country_code</name>
    <message>
        <source>its country code does not exist</source>
        <translation>其国家或地区区号不存在</translation>
    </message>
</context>
<context>
    <name>term.phone.impossible</name>
    <message>
        <source>it is not a possible number</source>
        <translation>不是可能存在的号码</translation>
    </message>
</context>
<context>
    <name>term.phone.length</name>
    <message>
        <source>it has the wrong number of digits</source>
        <translation>位数不正确</translation>
    </message>
</context>
<context>
    <name>term.phone.too_long</name>
    <message>
        <source>it has too many digits</source>
        <translation>位数太多</translation>
    </message>
</context>
<context>
    <name>term.phone.too_short</name>
    <message>
        <source>it has too few digits</source>
        <translation>位数太少</translation>
    </message>
</context>
<context>
    <name>term.qr_field</name>
    <message>
        <source>{field} ({length:,} characters)</source>
        <translation>{field}（{length:,} 个字符）</translation>
    </message>
</context>
<context>
    <name>term.qr_fields</name>
    <message>
        <source>{first} ({first_length:,} characters), {second} ({second_length:,} characters)</source>
        <translation>{first}（{first_length:,} 个字符）、{second}（{second_length:,} 个字符）</translation>
    </message>
</context>
<context>
    <name>term.qr_vcard</name>
    <message>
        <source>contact (vCard)</source>
        <translation>联系信息（vCard）</translation>
    </message>
</context>
<context>
    <name>term.qr_website</name>
    <message>
        <source>website</source>
        <translation>网站</translation>
    </message>
</context>
<context>
    <name>term.sector</name>
    <message>
        <source>sector</source>
        <translation>行业</translation>
    </message>
</context>
<context>
    <name>term.session</name>
    <message>
        <source>session</source>
        <translation>场次</translation>
    </message>
</context>
<context>
    <name>term.socket</name>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
</context>
<context>
    <name>term.workbook_folder</name>
    <message>
        <source>the workbook&apos;s folder</source>
        <translation>工作簿所在的文件夹</translation>
    </message>
</context>
<context>
    <name>term.yes</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>value.false</name>
    <message>
        <source>false</source>
        <translation>false（假）</translation>
    </message>
</context>
<context>
    <name>value.list</name>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
</context>
<context>
    <name>value.null</name>
    <message>
        <source>null</source>
        <translation>null（空值）</translation>
    </message>
</context>
<context>
    <name>value.number</name>
    <message>
        <source>a number ({value})</source>
        <translation>数字（{value}）</translation>
    </message>
</context>
<context>
    <name>value.object</name>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
</context>
<context>
    <name>value.other</name>
    <message>
        <source>a value of type {type}</source>
        <translation>{type} 类型的值</translation>
    </message>
</context>
<context>
    <name>value.string</name>
    <message>
        <source>a string ({value})</source>
        <translation>文本（{value}）</translation>
    </message>
</context>
<context>
    <name>value.true</name>
    <message>
        <source>true</source>
        <translation>true（真）</translation>
    </message>
</context>
<context>
    <name>wipe.backlog</name>
    <message>
        <source>wipe refused: {waiting} lead(s) have not reached the central pool yet and would never get there once wiped; connect the kiosk to the pool and run &apos;kiosk sync&apos; (or wait for the running kiosk to send them), then wipe</source>
        <translation>已拒绝清除：有 {waiting} 条潜在客户尚未送达中央数据库，清除后便永远无法送达；请将本机连接中央数据库并运行 &apos;kiosk sync&apos;（或等待运行中的本机把数据送出），然后再清除</translation>
    </message>
</context>
<context>
    <name>wipe.backlog_refused</name>
    <message>
        <source>wipe refused: {waiting} lead(s) have not reached the central pool yet and would never get there once wiped; the pool refused rows of {refused} of them (see &apos;kiosk sync --status&apos; for why): fix the cause, run &apos;kiosk sync --replay&apos;, then wipe</source>
        <translation>已拒绝清除：有 {waiting} 条潜在客户尚未送达中央数据库，清除后便永远无法送达；中央数据库拒收了其中 {refused} 条的数据（原因见 &apos;kiosk sync --status&apos;）：请先修正问题，运行 &apos;kiosk sync --replay&apos;，然后再清除</translation>
    </message>
</context>
<context>
    <name>wipe.confirm</name>
    <message>
        <source>wipe refused: type &apos;{phrase}&apos; exactly to confirm that leads not exported will be lost</source>
        <translation>已拒绝清除：请准确输入 &apos;{phrase}&apos;，确认接受未导出的潜在客户将会丢失</translation>
    </message>
</context>
<context>
    <name>wipe.no_export</name>
    <message>
        <source>wipe refused: no verified export of the leads to a drive exists; export them first, or wipe everything by typing &apos;{phrase}&apos; to confirm that they will be lost</source>
        <translation>已拒绝清除：没有任何已核对的潜在客户导出到存储设备；请先导出，或输入 &apos;{phrase}&apos; 确认接受这些数据将会丢失，以清除全部</translation>
    </message>
</context>
<context>
    <name>wipe.no_export_others</name>
    <message>
        <source>wipe refused: no verified export of the leads to a drive exists; export them first, or wipe everything by typing &apos;{phrase}&apos; to confirm that they will be lost; exports to a folder on the kiosk&apos;s own disk (--internal), of one exhibitor, or made before drives were checked do not count</source>
        <translation>已拒绝清除：没有任何已核对的潜在客户导出到存储设备；请先导出，或输入 &apos;{phrase}&apos; 确认接受这些数据将会丢失，以清除全部；导出到本机自身磁盘上的文件夹（--internal）、只导出单个参展商，或在检查存储设备之前所做的导出均不计算在内</translation>
    </message>
</context>
<context>
    <name>workbook.bad_zip</name>
    <message>
        <source>is not an Excel workbook (.xlsx): {reason}</source>
        <translation>不是 Excel 工作簿 (.xlsx)：{reason}</translation>
    </message>
</context>
<context>
    <name>workbook.column_twice</name>
    <message>
        <source>column {column} is also {other}</source>
        <translation>列 {column} 同时也是 {other}</translation>
    </message>
</context>
<context>
    <name>workbook.damaged</name>
    <message>
        <source>it is damaged and cannot be read ({reason}); open the workbook in Excel and save it again</source>
        <translation>文件已损坏，无法读取（{reason}）；请用 Excel 打开工作簿并重新保存</translation>
    </message>
</context>
<context>
    <name>workbook.date_in_text</name>
    <message>
        <source>Excel stored this as a date or time ({shown}); format the column as Text and type the value again</source>
        <translation>Excel 把此内容存成日期或时间（{shown}）；请把该列格式设为“文本”并重新输入</translation>
    </message>
</context>
<context>
    <name>workbook.excel_error</name>
    <message>
        <source>is the Excel error {error}; type the value itself</source>
        <translation>是 Excel 错误 {error}；请输入数值本身</translation>
    </message>
</context>
<context>
    <name>workbook.folder</name>
    <message>
        <source>is a folder, not a workbook</source>
        <translation>是文件夹，不是工作簿</translation>
    </message>
</context>
<context>
    <name>workbook.formula</name>
    <message>
        <source>is a formula ({formula}); the kiosk does not calculate: type the value itself (copy, then Paste Values)</source>
        <translation>是公式（{formula}）；本机不会计算：请输入数值本身（复制后“粘贴值”）</translation>
    </message>
</context>
<context>
    <name>workbook.hidden_sheet</name>
    <message>
        <source>is a hidden sheet; unhide it (right-click a sheet tab, Unhide) so that what the kiosk reads is what you see, or delete it</source>
        <translation>是隐藏的工作表；请取消隐藏（在工作表标签上右键单击，取消隐藏），让本机读取的就是您看到的内容，或删除它</translation>
    </message>
</context>
<context>
    <name>workbook.link_empty</name>
    <message>
        <source>is empty; name the {what}&apos;s id</source>
        <translation>为空；请填写 {what} 的 ID</translation>
    </message>
</context>
<context>
    <name>workbook.macro_enabled</name>
    <message>
        <source>is a macro-enabled workbook; the kiosk reads no macros: save it as &quot;Excel Workbook (.xlsx)&quot;</source>
        <translation>是启用宏的工作簿；本机不读取宏：请另存为“Excel 工作簿 (.xlsx)”</translation>
    </message>
</context>
<context>
    <name>workbook.macros</name>
    <message>
        <source>holds macros (it is a macro-enabled workbook renamed .xlsx); the kiosk reads no macros: save it as &quot;Excel Workbook (.xlsx)&quot;</source>
        <translation>含有宏（是改名为 .xlsx 的启用宏工作簿）；本机不读取宏：请另存为“Excel 工作簿 (.xlsx)”</translation>
    </message>
</context>
<context>
    <name>workbook.merged</name>
    <message>
        <source>merged cells; unmerge them (Home, Merge &amp; Center) and fill in each cell</source>
        <translation>合并单元格；请取消合并（开始、合并后居中）并逐格填写</translation>
    </message>
</context>
<context>
    <name>workbook.missing_column</name>
    <message>
        <source>has no column {columns} in row 1 (the headers must stay as the template writes them)</source>
        <translation>第 1 行没有列 {columns}（标题必须保持模板写的样子）</translation>
    </message>
</context>
<context>
    <name>workbook.missing_sheet</name>
    <message>
        <source>this sheet is missing; the workbook needs the sheets {sheets} (&apos;kiosk content template&apos; writes them all)</source>
        <translation>缺少此工作表；工作簿需要工作表 {sheets}（“kiosk content template”会全部写好）</translation>
    </message>
</context>
<context>
    <name>workbook.no_file</name>
    <message>
        <source>no such file</source>
        <translation>没有此文件</translation>
    </message>
</context>
<context>
    <name>workbook.no_header</name>
    <message>
        <source>this cell is in a column with no header in row 1; add the header or clear the column</source>
        <translation>此单元格所在的列在第 1 行没有标题；请加上标题或清空该列</translation>
    </message>
</context>
<context>
    <name>workbook.not_regular</name>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
</context>
<context>
    <name>workbook.not_workbook</name>
    <message>
        <source>is not an Excel workbook (.xlsx); save the sheet from Excel as one</source>
        <translation>不是 Excel 工作簿 (.xlsx)；请从 Excel 另存为此格式</translation>
    </message>
</context>
<context>
    <name>workbook.not_yes_no</name>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} 不是“是”或“否”</translation>
    </message>
</context>
<context>
    <name>workbook.number_as_date</name>
    <message>
        <source>{value} is a number, not a date (as a date it would be {day}); type the date as YYYY-MM-DD or format the cell as a date</source>
        <translation>{value} 是数字，不是日期（当作日期会是 {day}）；请以 YYYY-MM-DD 输入日期，或把单元格格式设为日期</translation>
    </message>
</context>
<context>
    <name>workbook.number_not_date</name>
    <message>
        <source>{value} is a number, not a date; type the date as YYYY-MM-DD or format the cell as a date</source>
        <translation>{value} 是数字，不是日期；请以 YYYY-MM-DD 输入日期，或把单元格格式设为日期</translation>
    </message>
</context>
<context>
    <name>workbook.number_not_time</name>
    <message>
        <source>{value} is a number, not a time; type the time as HH:MM or format the cell as a time</source>
        <translation>{value} 是数字，不是时间；请以 HH:MM 输入时间，或把单元格格式设为时间</translation>
    </message>
</context>
<context>
    <name>workbook.old_or_protected</name>
    <message>
        <source>is an Excel 97-2003 workbook or one protected by a password; save it without a password as &quot;Excel Workbook (.xlsx)&quot;</source>
        <translation>是 Excel 97-2003 工作簿或受密码保护；请不设密码另存为“Excel 工作簿 (.xlsx)”</translation>
    </message>
</context>
<context>
    <name>workbook.one_each</name>
    <message>
        <source>{owner} already has a {what} in row {row}; keep one</source>
        <translation>{owner} 在第 {row} 行已有 {what}；请保留一个</translation>
    </message>
</context>
<context>
    <name>workbook.one_row</name>
    <message>
        <source>this sheet holds one {what} in row {row}; clear this row</source>
        <translation>此工作表只有一个 {what}，在第 {row} 行；请清空这一行</translation>
    </message>
</context>
<context>
    <name>workbook.open_document</name>
    <message>
        <source>is an OpenDocument spreadsheet; save it as &quot;Excel Workbook (.xlsx)&quot;</source>
        <translation>是 OpenDocument 电子表格；请另存为“Excel 工作簿 (.xlsx)”</translation>
    </message>
</context>
<context>
    <name>workbook.row_2_empty</name>
    <message>
        <source>row 2 is empty; this sheet&apos;s details are required</source>
        <translation>第 2 行为空；此工作表的信息为必填</translation>
    </message>
</context>
<context>
    <name>workbook.sheet_damaged</name>
    <message>
        <source>the sheet {sheet} is damaged and cannot be read ({reason}); open the workbook in Excel and save it again</source>
        <translation>工作表 {sheet} 已损坏，无法读取（{reason}）；请用 Excel 打开工作簿并重新保存</translation>
    </message>
</context>
<context>
    <name>workbook.sign_formula</name>
    <message>
        <source>is a formula ({formula}): Excel took text starting with {sign} for one; type it with &apos; in front (&apos;{text}) or format the column as Text</source>
        <translation>是公式（{formula}）：Excel 把以 {sign} 开头的文本当成公式；请在前面加 &apos; 再输入（&apos;{text}），或把该列格式设为“文本”</translation>
    </message>
</context>
<context>
    <name>workbook.too_big</name>
    <message>
        <source>is {size}; a workbook may be at most {limit}</source>
        <translation>大小为 {size}；工作簿最多只能 {limit}</translation>
    </message>
</context>
<context>
    <name>workbook.too_many_rows</name>
    <message>
        <source>the sheet has more than {limit:,} rows; the kiosk reads no further</source>
        <translation>此工作表多于 {limit:,} 行；本机不再往下读取</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_column</name>
    <message>
        <source>unknown column {column} (columns: {columns})</source>
        <translation>未知列 {column}（可用列：{columns}）</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_column_hint</name>
    <message>
        <source>unknown column {column}; did you mean &quot;{suggestion}&quot;?</source>
        <translation>未知列 {column}；您是否指 &quot;{suggestion}&quot;？</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_owner</name>
    <message>
        <source>{owner} is not the id of any {what} on the {sheet} sheet</source>
        <translation>{owner} 不是 {sheet} 工作表上任何 {what} 的 ID</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_owner_hint</name>
    <message>
        <source>{owner} is not the id of any {what} on the {sheet} sheet; did you mean &quot;{suggestion}&quot;?</source>
        <translation>{owner} 不是 {sheet} 工作表上任何 {what} 的 ID；您是否指 &quot;{suggestion}&quot;？</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_owner_of</name>
    <message>
        <source>{owner} is not the id of any {what} of {parent} {parent_id} on the {sheet} sheet</source>
        <translation>{owner} 不是 {sheet} 工作表上 {parent} {parent_id} 的任何 {what} 的 ID</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_owner_of_hint</name>
    <message>
        <source>{owner} is not the id of any {what} of {parent} {parent_id} on the {sheet} sheet; did you mean &quot;{suggestion}&quot;?</source>
        <translation>{owner} 不是 {sheet} 工作表上 {parent} {parent_id} 的任何 {what} 的 ID；您是否指 &quot;{suggestion}&quot;？</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_sheet</name>
    <message>
        <source>is not a sheet the kiosk reads; delete it (the kiosk reads {sheets})</source>
        <translation>不是本机读取的工作表；请删除（本机读取 {sheets}）</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_sheet_hint</name>
    <message>
        <source>is not a sheet the kiosk reads; rename it back to &quot;{suggestion}&quot;</source>
        <translation>不是本机读取的工作表；请改回名称 &quot;{suggestion}&quot;</translation>
    </message>
</context>
<context>
    <name>workbook.unpacks_too_big</name>
    <message>
        <source>unpacks to {size}; a workbook may hold at most {limit}</source>
        <translation>解压后为 {size}；工作簿最多只能容纳 {limit}</translation>
    </message>
</context>
<context>
    <name>workbook.unreadable</name>
    <message>
        <source>is not an Excel workbook the kiosk can read ({reason})</source>
        <translation>不是本机可读取的 Excel 工作簿（{reason}）</translation>
    </message>
</context>
<context>
    <name>workbook.zip_not_workbook</name>
    <message>
        <source>is a zip file but not an Excel workbook (.xlsx)</source>
        <translation>是压缩文件，但不是 Excel 工作簿 (.xlsx)</translation>
    </message>
</context>
</TS>

# ruff: noqa: E501  (long localised strings read better unwrapped)
"""Fictional data for the Pavilion Kiosk sample content pack.

Everything here is SAMPLE DATA: the companies, people, e-mail addresses, phone numbers,
websites and WeChat ids are invented. Places (Macao streets, Hengqin, Douro, São Tomé...) are
real only as geography. E-mail and web domains are reserved-style ``example.*`` domains.

Localised text is written as ``(en, pt, zh-Hant)`` triples; ``make_sample_pack.py`` derives
``zh-Hans`` with OpenCC (``t2s``) plus the small mainland-vocabulary table ``ZH_HANS_TERMS``
(not applied to company names). The consent texts carry a hand-written ``zh-Hans`` as a fourth
element.
Booth codes are given in listing order within each pavilion (F-01.., S-01..).
"""

from __future__ import annotations

from dataclasses import dataclass

Tri = tuple[str, str, str] | tuple[str, str, str, str]
"""Localised text as ``(en, pt, zh-Hant)``, or ``(en, pt, zh-Hant, zh-Hans)`` where the
Simplified text is written by hand rather than converted (the consent texts, whose wording
matters most to mainland visitors)."""


@dataclass(frozen=True)
class Product:
    """A product or service offering shown on an exhibitor's page."""

    key: str
    name: Tri
    origin: str | None = None
    icon: str | None = None  # key of PRODUCT_ICONS in make_sample_pack.py; None = no image


@dataclass(frozen=True)
class Contact:
    """An exhibitor's contact person; every field but the names is optional."""

    person_en: str
    person_zh: str
    title: str  # key of TITLES
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    wechat: str | None = None


@dataclass(frozen=True)
class Exhibitor:
    """One exhibitor; ``logo_text`` is drawn on its generated logo."""

    id: str
    pavilion: str
    country: str
    sectors: tuple[str, ...]
    logo_text: str
    name: Tri
    summary: Tri
    description: Tri
    products: tuple[Product, ...] = ()
    contact: Contact | None = None


LANGS = ("en", "pt", "zh-Hant", "zh-Hans")

# Mainland wording for Macao/Hong Kong terms, applied after OpenCC t2s (keys are Simplified).
ZH_HANS_TERMS: dict[str, str] = {
    "朱古力": "巧克力",
    "砵酒": "波特酒",
    "布甸": "布丁",
    "芝士": "奶酪",
    "吞拿鱼": "金枪鱼",
    "沙甸鱼": "沙丁鱼",
    "八爪鱼": "章鱼",
    "三文治": "三明治",
    "货柜": "集装箱",
    "急冻": "速冻",
    "葡国马介休": "葡萄牙咸鳕鱼",
    "马介休": "咸鳕鱼",
    "健身室": "健身房",
    "旅游巴士": "旅游大巴",
    "入樽": "装瓶",
    "樽装": "瓶装",
    "茶樽": "茶瓶",
}

EVENT = {
    "id": "ciie-sample",
    "name": (
        "9th China International Import Expo (sample)",
        "9.ª Exposição Internacional de Importação da China (exemplo)",
        "第九屆中國國際進口博覽會（示例）",
    ),
    "venue": (
        "National Exhibition and Convention Center (Shanghai)",
        "Centro Nacional de Exposições e Convenções (Xangai)",
        "國家會展中心（上海）",
    ),
    "starts": "2026-11-05",
    "ends": "2026-11-10",
    "timezone": "Asia/Shanghai",
}

ORGANIZER = {
    "name": (
        "Macao Trade Promotion Office (sample)",
        "Gabinete de Promoção Comercial de Macau (exemplo)",
        "澳門貿易推廣辦公室（示例）",
    ),
    "email": "privacy@example.mo",
    "phone": "+853 2871 0000",
    "website": "https://www.example.mo",
}

BRAND = {
    "name": "MICE² Macao x Hengqin",
    "tagline": (
        "Your gateway to Macao, Hengqin and the Portuguese-speaking markets",
        "A sua porta de entrada para Macau, Hengqin e os mercados lusófonos",
        "連接澳門、橫琴與葡語國家市場的門戶",
    ),
}

PAVILIONS: dict[str, Tri] = {
    "food": (
        "Food and Agricultural Products Exhibition Area – Pavilion of Food and Drinks from Macao and Portuguese-speaking Countries",
        "Área de Exposição de Produtos Alimentares e Agrícolas – Pavilhão de Alimentos e Bebidas de Macau e dos Países de Língua Portuguesa",
        "食品及農產品展區——澳門及葡語國家食品及飲品館",
    ),
    "services": (
        "Trade in Services Exhibition Area – Professional Services Pavilion of Macao and Portuguese-speaking Countries",
        "Área de Exposição de Comércio de Serviços – Pavilhão de Serviços Profissionais de Macau e dos Países de Língua Portuguesa",
        "服務貿易展區——澳門及葡語國家專業服務館",
    ),
}

# What the Home tile, the filter chips and the map tabs show: the official names above are
# about a hundred characters (the map screen and the exhibitor page still show them whole).
PAVILION_SHORT_NAMES: dict[str, Tri] = {
    "food": ("Food and Drinks Pavilion", "Pavilhão de Alimentos e Bebidas", "食品及飲品館"),
    "services": (
        "Professional Services Pavilion",
        "Pavilhão de Serviços Profissionais",
        "專業服務館",
    ),
}

# Where a kiosk may stand on each map ("You are here"), in fractions of the map.
POSITIONS: dict[str, tuple[tuple[str, Tri, float, float], ...]] = {
    "food": (
        ("entrance", ("Main entrance", "Entrada principal", "正門入口"), 0.5, 0.9),
        ("tasting", ("Tasting area", "Zona de degustação", "試食區"), 0.86, 0.5),
    ),
    "services": (
        ("entrance", ("Main entrance", "Entrada principal", "正門入口"), 0.5, 0.9),
        ("lounge", ("Business lounge", "Sala de negócios", "商務洽談區"), 0.86, 0.55),
    ),
}

# The language each new visitor starts in: the sample is the CIIE in Shanghai.
DEFAULT_LANGUAGE = "zh-Hans"

# Short names for cards and chips where the Portuguese (or English) name runs long.
EXHIBITOR_SHORT_NAMES: dict[str, Tri] = {
    "hengqin-tcm-innovation": ("Hengqin TCM Centre", "Centro MTC de Hengqin", "橫琴中醫藥中心"),
    "vinhos-do-douro": ("Vinhos do Douro", "Vinhos do Douro", "杜羅河葡萄酒"),
    "macau-gourmet-link": ("Macau Gourmet Link", "Macau Gourmet Link", "澳門美食通"),
    "taipa-egg-tart-workshop": ("Taipa Egg Tarts", "Pastéis da Taipa", "氹仔蛋撻"),
    "casa-macaense": ("Casa Macaense", "Casa Macaense", "土生葡人美食坊"),
    "harbour-lights-brewing": ("Harbour Lights", "Luzes do Porto", "港灣燈火"),
    "indico-nuts-spices": ("Índico", "Índico", "印度洋果仁"),
    "ponte-lusa-distribution": ("Ponte Lusa", "Ponte Lusa", "葡橋"),
    "verde-hengqin-agritech": ("Verde Hengqin", "Verde Hengqin", "綠橫琴"),
    "balichao-and-co": ("Balichão & Co.", "Balichão & Cia.", "巴拉煎醬料坊"),
    "ginger-garden": ("Ginger Garden", "Jardim do Gengibre", "薑園"),
    "mercadores-dried-seafood": ("Mercadores Seafood", "Mariscos Mercadores", "營地大街海味"),
}

# "1+4" diversification themes first, then the expo's own product groups.
SECTORS: dict[str, Tri] = {
    "traditional-chinese-medicine": (
        "Traditional Chinese medicine and health",
        "Medicina tradicional chinesa e saúde",
        "中醫藥及大健康",
    ),
    "finance": ("Modern finance", "Finanças modernas", "現代金融"),
    "high-tech": ("High technology", "Alta tecnologia", "高新技術"),
    "convention-exhibition": (
        "Conventions and exhibitions (MICE)",
        "Convenções e exposições (MICE)",
        "會展商貿",
    ),
    "culture-sports": ("Culture and sports", "Cultura e desporto", "文化體育"),
    "tourism-leisure": ("Tourism and leisure", "Turismo e lazer", "文化旅遊"),
    "food-beverage": ("Food and beverages", "Alimentos e bebidas", "食品及飲品"),
    "wine-spirits": ("Wines and spirits", "Vinhos e bebidas espirituosas", "葡萄酒及烈酒"),
    "coffee-tea": ("Coffee, tea and cocoa", "Café, chá e cacau", "咖啡、茶及可可"),
    "seafood": ("Seafood and fisheries", "Pescado e marisco", "海產及漁業"),
    "legal-services": (
        "Legal and professional services",
        "Serviços jurídicos e profissionais",
        "法律及專業服務",
    ),
    "trade-logistics": ("Trade and logistics", "Comércio e logística", "商貿物流"),
    "creative-design": (
        "Creative industries and design",
        "Indústrias criativas e design",
        "文化創意及設計",
    ),
}

TITLES: dict[str, Tri] = {
    "sales-manager": ("Sales Manager", "Gerente de Vendas", "銷售經理"),
    "founder-m": ("Founder", "Fundador", "創辦人"),
    "founder-f": ("Founder", "Fundadora", "創辦人"),
    "cofounder-f": ("Co-founder", "Cofundadora", "聯合創辦人"),
    "bd-manager-m": (
        "Business Development Manager",
        "Gestor de Desenvolvimento de Negócio",
        "業務拓展經理",
    ),
    "bd-manager-f": (
        "Business Development Manager",
        "Gestora de Desenvolvimento de Negócio",
        "業務拓展經理",
    ),
    "commercial-director-f": ("Commercial Director", "Diretora Comercial", "商務總監"),
    "export-manager-m": ("Export Manager", "Gestor de Exportação", "出口經理"),
    "export-manager-f": ("Export Manager", "Gestora de Exportação", "出口經理"),
    "store-manager": ("Store Manager", "Gerente de Loja", "店舖經理"),
    "owner-m": ("Owner", "Proprietário", "東主"),
    "owner-f": ("Owner", "Proprietária", "東主"),
    "head-brewer": ("Head Brewer", "Mestre Cervejeiro", "首席釀酒師"),
    "marketing-manager-f": ("Marketing Manager", "Gestora de Marketing", "市場推廣經理"),
    "purchasing-manager-f": ("Purchasing Manager", "Gestora de Compras", "採購經理"),
    "general-manager-m": ("General Manager", "Diretor-Geral", "總經理"),
    "client-relations-f": (
        "Client Relations Manager",
        "Gestora de Relações com Clientes",
        "客戶關係經理",
    ),
    "partner-f": ("Partner", "Sócia", "合夥人"),
    "managing-partner-m": ("Managing Partner", "Sócio-Gerente", "管理合夥人"),
    "director-m": ("Director", "Diretor", "董事"),
    "centre-director-m": ("Centre Director", "Diretor do Centro", "中心主任"),
    "operations-manager-f": ("Operations Manager", "Gestora de Operações", "營運經理"),
    "creative-director-f": ("Creative Director", "Diretora Criativa", "創意總監"),
    "sales-director-m": ("Director of Sales", "Diretor de Vendas", "銷售總監"),
    "event-director-m": ("Event Director", "Diretor de Eventos", "賽事總監"),
    "project-manager-f": ("Project Manager", "Gestora de Projetos", "項目經理"),
    "producer-m": ("Producer", "Produtor", "監製"),
}

CONSENT = {
    "version": "2026-11-01",
    "retention_days": 365,
    "notice": (
        "The Macao Trade Promotion Office (sample), the organiser, collects the details you enter on this kiosk — your name, company, job title, e-mail, phone number and the exhibitors you select — to put you in touch with those exhibitors during and after the 9th China International Import Expo. "
        "Your details are shared only with the exhibitors you choose, and are transferred to the organiser in Macao, China, where they are stored securely and deleted 365 days after you submit them. "
        "If you also tick the optional box, the organiser will send you news of future events. "
        "You can withdraw your consent, or ask to see, correct or delete your details, at any time by e-mail to privacy@example.mo; withdrawing does not affect anything done before.",
        "O Gabinete de Promoção Comercial de Macau (exemplo), entidade organizadora, recolhe os dados que introduz neste quiosque — nome, empresa, cargo, correio eletrónico, número de telefone e os expositores que selecionar — para o pôr em contacto com esses expositores durante e após a 9.ª Exposição Internacional de Importação da China. "
        "Os seus dados são partilhados apenas com os expositores que escolher e transferidos para o organizador em Macau, China, onde são guardados em segurança e apagados 365 dias após o seu envio. "
        "Se assinalar também a opção facultativa, o organizador enviar-lhe-á notícias sobre futuros eventos. "
        "Pode retirar o seu consentimento, ou pedir para consultar, corrigir ou apagar os seus dados, a qualquer momento, por correio eletrónico para privacy@example.mo; a retirada não afeta o tratamento já efetuado.",
        "主辦單位澳門貿易推廣辦公室（示例）會收集您在本觸控屏輸入的資料——姓名、公司、職位、電郵、電話號碼及您所選擇的參展商——以便在第九屆中國國際進口博覽會期間及之後為您與該等參展商建立聯繫。"
        "您的資料只會提供予您所選擇的參展商，並會傳送至位於中國澳門的主辦單位，經妥善保存後於您提交資料起計365日刪除。"
        "如您同時勾選可選項目，主辦單位將向您發送日後活動的資訊。"
        "您可隨時發送電郵至 privacy@example.mo 撤回同意，或要求查閱、更正或刪除您的資料；撤回同意不影響此前已進行的處理。",
        "主办单位澳门贸易推广办公室（示例）将收集您在本触摸屏上填写的信息——姓名、公司、职务、电子邮箱、电话号码以及您选择的参展商——以便在第九届中国国际进口博览会期间及之后为您与上述参展商建立联系。"
        "您的信息仅提供给您选择的参展商，并将传输至位于中国澳门的主办单位，在当地妥善保存，自您提交之日起365天后删除。"
        "如您同时勾选可选项，主办单位将向您发送今后活动的信息。"
        "您可随时发送电子邮件至 privacy@example.mo 撤回同意，或要求查阅、更正或删除您的信息；撤回同意不影响撤回前已进行的处理。",
    ),
    "purposes": (
        (
            "share-with-exhibitors",
            True,
            (
                "Share my details with the exhibitors I selected so that they can contact me.",
                "Partilhar os meus dados com os expositores que selecionei, para que me possam contactar.",
                "同意將我的資料提供予我所選擇的參展商，以便其與我聯絡。",
                "同意将我的信息提供给我选择的参展商，以便其与我联系。",
            ),
        ),
        (
            "transfer-to-macao",
            True,
            (
                "Transfer my details to the organiser in Macao, China, where they will be stored and processed.",
                "Transferir os meus dados para o organizador em Macau, China, onde serão guardados e tratados.",
                "同意將我的資料傳送至位於中國澳門的主辦單位，並在當地儲存及處理。",
                "同意将我的信息传输至位于中国澳门的主办单位，并在当地存储和处理。",
            ),
        ),
        (
            "organiser-news",
            False,
            (
                "Send me news of future events and business-matching opportunities (optional).",
                "Enviar-me notícias sobre futuros eventos e oportunidades de bolsa de negócios (facultativo).",
                "向我發送日後活動及商貿配對機會的資訊（可選）。",
                "向我发送今后活动及商贸配对机会的信息（可选）。",
            ),
        ),
    ),
}

P = Product
C = Contact
E = Exhibitor

EXHIBITORS: tuple[Exhibitor, ...] = (
    # ------------------------------------------------------------------ food pavilion
    E(
        "golden-lotus-bakery",
        "food",
        "MO",
        ("food-beverage",),
        "金蓮",
        ("Golden Lotus Bakery", "Pastelaria Lótus Dourado", "金蓮餅家"),
        (
            "Hand-baked almond cookies and Macao pastries since 1968.",
            "Bolinhos de amêndoa e doces de Macau feitos à mão desde 1968.",
            "自1968年起手工烘製杏仁餅及澳門傳統餅食。",
        ),
        (
            "Golden Lotus Bakery still roasts its almond cookies over charcoal in its original workshop near Rua da Felicidade. The family recipe uses mung-bean flour and whole almonds, with no artificial preservatives. Gift boxes are available for distributors and corporate orders across the Greater Bay Area.",
            "A Pastelaria Lótus Dourado continua a torrar os seus bolinhos de amêndoa a carvão na oficina original, perto da Rua da Felicidade. A receita de família usa farinha de feijão-mungo e amêndoas inteiras, sem conservantes artificiais. Há caixas de oferta para distribuidores e encomendas empresariais em toda a Grande Baía.",
            "金蓮餅家至今仍在福隆新街附近的老工場以炭火烘製杏仁餅。家傳配方採用綠豆粉及原粒杏仁，不添加人工防腐劑。另設禮盒裝，歡迎大灣區分銷商及企業訂購。",
        ),
        (
            P(
                "almond-cookies",
                ("Almond cookies", "Bolinhos de amêndoa", "杏仁餅"),
                "MO",
                "cookie",
            ),
            P("peanut-brittle", ("Peanut brittle", "Doce de amendoim", "花生糖"), "MO", "brittle"),
            P(
                "egg-rolls",
                ("Crispy egg rolls", "Rolinhos de ovo estaladiços", "鳳凰卷"),
                "MO",
                "egg-rolls",
            ),
        ),
        C(
            "Chan Ka Ian",
            "陳嘉欣",
            "sales-manager",
            "sales@golden-lotus.example.mo",
            "+853 6612 3401",
            "https://golden-lotus.example.mo",
            "goldenlotusmo",
        ),
    ),
    E(
        "taipa-egg-tart-workshop",
        "food",
        "MO",
        ("food-beverage",),
        "蛋撻",
        ("Taipa Egg Tart Workshop", "Oficina de Pastéis de Nata da Taipa", "氹仔蛋撻工房"),
        (
            "Portuguese-style egg tarts, baked fresh or frozen for export.",
            "Pastéis de nata acabados de cozer ou ultracongelados para exportação.",
            "新鮮烘焗及急凍出口的葡式蛋撻。",
        ),
        (
            "Our egg tarts combine flaky, hand-laminated pastry with a rich caramelised custard, following the Portuguese pastel de nata tradition. A blast-freezing line in Taipa lets hotels, cafés and supermarkets in mainland China bake them fresh on site. We welcome OEM and franchise enquiries.",
            "Os nossos pastéis de nata juntam uma massa folhada laminada à mão a um creme rico e caramelizado, fiéis à tradição portuguesa. Uma linha de ultracongelação na Taipa permite a hotéis, cafés e supermercados do Interior da China cozê-los no local. Aceitamos pedidos de marca própria e de franquia.",
            "我們的蛋撻以人手開酥的千層酥皮配上香濃焦糖蛋漿，承襲葡萄牙蛋撻傳統。位於氹仔的急凍生產線讓內地酒店、咖啡店及超市可即場烘焗。歡迎貼牌生產及加盟查詢。",
        ),
        (
            P(
                "frozen-egg-tarts",
                (
                    "Frozen egg tarts, box of 12",
                    "Pastéis de nata congelados, caixa de 12",
                    "急凍葡撻（12個裝）",
                ),
                "MO",
                "tart",
            ),
            P("serradura", ("Serradura sawdust pudding", "Serradura", "木糠布甸"), "MO", "pudding"),
        ),
        C(
            "Ricardo Xavier",
            "李嘉度·沙維爾",
            "founder-m",
            "ricardo@taipatarts.example.mo",
            "+853 6688 2710",
            "https://taipatarts.example.mo",
        ),
    ),
    E(
        "vinhos-do-douro",
        "food",
        "MO",
        ("wine-spirits",),
        "VD",
        (
            "Vinhos do Douro Trading",
            "Vinhos do Douro – Comércio de Vinhos, Lda.",
            "杜羅河葡萄酒貿易",
        ),
        (
            "Importer of Douro reds, Port and Vinho Verde for Macao and mainland China.",
            "Importador de tintos do Douro, vinho do Porto e vinho verde para Macau e o Interior da China.",
            "代理杜羅河紅酒、砵酒及綠酒，供應澳門及內地市場。",
        ),
        (
            "We work directly with twelve family estates in the Douro Valley and the Minho, shipping in temperature-controlled containers through Macao. Our sommeliers run tastings and staff training for restaurants and hotel groups. Bonded storage in Hengqin shortens delivery to customers in Guangdong.",
            "Trabalhamos diretamente com doze quintas familiares do Vale do Douro e do Minho, com envio em contentores de temperatura controlada através de Macau. Os nossos escanções organizam provas e formação para restaurantes e grupos hoteleiros. O armazém alfandegado em Hengqin encurta as entregas aos clientes de Guangdong.",
            "我們直接與杜羅河谷及米尼奧地區十二家家族酒莊合作，以恆溫貨櫃經澳門進口。品酒師團隊為餐廳及酒店集團提供品鑑會及員工培訓。橫琴保稅倉可縮短廣東客戶的交貨時間。",
        ),
        (
            P(
                "tawny-port",
                ("10-year-old Tawny Port", "Vinho do Porto Tawny 10 anos", "十年陳釀茶色砵酒"),
                "PT",
                "port",
            ),
            P(
                "douro-red",
                ("Douro red wine", "Vinho tinto do Douro", "杜羅河紅酒"),
                "PT",
                "red-wine",
            ),
            P("vinho-verde", ("Vinho Verde", "Vinho Verde", "綠酒"), "PT", "white-wine"),
        ),
        C(
            "Leong Kuok Hou",
            "梁國豪",
            "bd-manager-m",
            "kh.leong@vinhosdouro.example.mo",
            "+853 6623 5518",
            "https://vinhosdouro.example.mo",
            "douro_macau",
        ),
    ),
    E(
        "atlantico-olive-oils",
        "food",
        "MO",
        ("food-beverage",),
        "AA",
        ("Atlântico Olive Oils", "Azeites Atlântico", "大西洋橄欖油"),
        (
            "Extra-virgin olive oils from the Alentejo and Trás-os-Montes.",
            "Azeites virgem extra do Alentejo e de Trás-os-Montes.",
            "來自阿連特茹及後山省的特級初榨橄欖油。",
        ),
        (
            "Atlântico selects cold-pressed olive oils with a protected designation of origin and bottles them in sizes suited to Chinese kitchens. We supply supermarkets, e-commerce platforms and restaurant chains, with Chinese labelling and registration handled in Macao. Ask about our Lunar New Year gift sets.",
            "A Atlântico seleciona azeites extraídos a frio com denominação de origem protegida e engarrafa-os em formatos adequados às cozinhas chinesas. Fornecemos supermercados, plataformas de comércio eletrónico e cadeias de restaurantes, com rotulagem e registo em chinês tratados em Macau. Pergunte pelos nossos cabazes para o Ano Novo Lunar.",
            "大西洋橄欖油精選具原產地保護標誌的冷榨橄欖油，並以適合中式廚房的規格入樽。我們供應超市、電商平台及連鎖餐廳，中文標籤及註冊手續均在澳門辦理。歡迎查詢農曆新年禮盒。",
        ),
        (
            P(
                "azeite-alentejo",
                (
                    "Alentejo extra-virgin olive oil",
                    "Azeite virgem extra do Alentejo",
                    "阿連特茹特級初榨橄欖油",
                ),
                "PT",
                "olive-oil",
            ),
            P(
                "azeite-tras-os-montes",
                (
                    "Trás-os-Montes PDO olive oil",
                    "Azeite de Trás-os-Montes DOP",
                    "後山省原產地保護橄欖油",
                ),
                "PT",
                "olive-oil-tin",
            ),
        ),
        C(
            "Carla Gomes",
            "嘉拉·高美士",
            "commercial-director-f",
            "carla.gomes@atlantico.example.mo",
            "+853 6651 0933",
            "https://atlantico.example.mo",
        ),
    ),
    E(
        "sao-tome-cacau",
        "food",
        "MO",
        ("coffee-tea", "food-beverage"),
        "ST",
        ("São Tomé Cacau", "São Tomé Cacau", "聖多美可可"),
        (
            "Single-origin cocoa and bean-to-bar chocolate from São Tomé and Príncipe.",
            "Cacau de origem única e chocolate bean-to-bar de São Tomé e Príncipe.",
            "聖多美和普林西比單一產地可可及自家製朱古力。",
        ),
        (
            "Founded in Macao by a São Tomé–Macanese family, we buy fine-flavour cocoa directly from cooperatives on the islands and from growers in Equatorial Guinea. The beans are roasted and made into chocolate in small batches in our Macao workshop. We offer couverture for pastry chefs and gift bars for retail.",
            "Fundada em Macau por uma família são-tomense e macaense, compramos cacau fino diretamente a cooperativas das ilhas e a produtores da Guiné Equatorial. As amêndoas são torradas e transformadas em chocolate em pequenos lotes na nossa oficina em Macau. Temos chocolate de cobertura para pasteleiros e tabletes de oferta para retalho.",
            "本公司由聖多美與澳門土生家庭在澳門創立，直接向群島上的合作社及赤道幾內亞的種植戶採購優質可可。可可豆在澳門工場以小批量烘焙並製成朱古力。我們為甜點師提供調溫朱古力，亦有零售禮品朱古力磚。",
        ),
        (
            P(
                "cacau-sao-tome",
                ("São Tomé cocoa beans", "Amêndoas de cacau de São Tomé", "聖多美可可豆"),
                "ST",
                "cocoa-beans",
            ),
            P(
                "chocolate-70",
                (
                    "70% dark chocolate, São Tomé",
                    "Chocolate negro 70% de São Tomé",
                    "聖多美70%黑朱古力",
                ),
                "ST",
                "chocolate",
            ),
            P(
                "nibs-bioko",
                ("Bioko Island cocoa nibs", "Nibs de cacau da ilha de Bioko", "比奧科島可可碎粒"),
                "GQ",
                "nibs",
            ),
        ),
        C(
            "Joana Lopes",
            "祖安娜·盧比士",
            "founder-f",
            "joana@saotomecacau.example.mo",
            "+853 6673 4402",
            "https://saotomecacau.example.mo",
            "stcacau",
        ),
    ),
    E(
        "cafe-timor-leste",
        "food",
        "MO",
        ("coffee-tea",),
        "CT",
        ("Café Timor-Leste", "Café Timor-Leste", "東帝汶咖啡坊"),
        (
            "Specialty Arabica from the mountains of Timor-Leste, roasted in Macao.",
            "Arábica de especialidade das montanhas de Timor-Leste, torrado em Macau.",
            "東帝汶高山精品阿拉比卡咖啡，於澳門烘焙。",
        ),
        (
            "We partner with smallholder cooperatives in Ermera and Maubisse, paying above fair-trade prices for hand-picked, washed Arabica. Roasting in Macao keeps the coffee fresh for cafés in Macao, Hengqin and Shanghai. Drip bags and capsules make it easy to sell in convenience stores.",
            "Trabalhamos com cooperativas de pequenos produtores de Ermera e Maubisse, pagando acima do preço de comércio justo por Arábica lavado e colhido à mão. A torra em Macau garante café fresco para as cafetarias de Macau, Hengqin e Xangai. As saquetas de filtro e as cápsulas facilitam a venda em lojas de conveniência.",
            "我們與東帝汶埃爾梅拉及毛比塞的小農合作社合作，以高於公平貿易的價格收購人手採摘的水洗阿拉比卡咖啡豆。在澳門烘焙，確保供應澳門、橫琴及上海咖啡店的咖啡新鮮。掛耳包及膠囊便於在便利店銷售。",
        ),
        (
            P(
                "cafe-ermera",
                (
                    "Ermera washed Arabica beans",
                    "Café Arábica lavado de Ermera",
                    "埃爾梅拉水洗阿拉比卡咖啡豆",
                ),
                "TL",
                "coffee-bag",
            ),
            P(
                "timor-drip-bags",
                (
                    "Timor drip-bag coffee, 10 bags",
                    "Café de Timor em saquetas de filtro, 10 unidades",
                    "東帝汶掛耳咖啡（10包裝）",
                ),
                "TL",
                "coffee-cup",
            ),
            P(
                "cafe-sul-de-minas",
                (
                    "Sul de Minas natural Arabica",
                    "Café natural do Sul de Minas",
                    "南米納斯日曬阿拉比卡咖啡豆",
                ),
                "BR",
                "coffee-beans",
            ),
        ),
        C(
            "Wong Sio Man",
            "黃小雯",
            "marketing-manager-f",
            "hello@cafetimor.example.mo",
            "+853 6235 7781",
            "https://cafetimor.example.mo",
            "cafetimor_mo",
        ),
    ),
    E(
        "cafe-do-planalto",
        "food",
        "AO",
        ("coffee-tea",),
        "CP",
        ("Café do Planalto", "Café do Planalto de Angola", "安哥拉高原咖啡"),
        (
            "Angolan Robusta and Arabica from the Amboim plateau.",
            "Robusta e Arábica angolanos do planalto do Amboim.",
            "安哥拉安博因高原出產的羅布斯塔及阿拉比卡咖啡。",
        ),
        (
            "Angola was once one of the world's largest coffee exporters, and our estates in Cuanza Sul are reviving that heritage. We export green and roasted coffee and are looking for distributors and roasters in China. Samples and cupping notes are available at the booth.",
            "Angola já foi um dos maiores exportadores de café do mundo, e as nossas fazendas no Cuanza Sul estão a recuperar essa herança. Exportamos café verde e torrado e procuramos distribuidores e torrefações na China. Temos amostras e notas de prova no stand.",
            "安哥拉曾是全球主要咖啡出口國之一，我們位於南寬扎省的莊園正重振這份傳統。我們出口咖啡生豆及熟豆，現誠徵中國分銷商及烘焙商。展位提供樣品及杯測資料。",
        ),
        (
            P(
                "amboim-robusta",
                (
                    "Amboim Robusta green coffee",
                    "Café verde Robusta do Amboim",
                    "安博因羅布斯塔咖啡生豆",
                ),
                "AO",
                "coffee-sack",
            ),
            P(
                "angola-arabica",
                (
                    "Angolan Arabica, medium roast",
                    "Arábica angolano, torra média",
                    "安哥拉阿拉比卡咖啡（中度烘焙）",
                ),
                "AO",
                "coffee-bag-red",
            ),
        ),
        C(
            "Domingos Neto",
            "多明戈斯·內圖",
            "export-manager-m",
            "export@cafeplanalto.example.co.ao",
            "+244 923 456 781",
            "https://cafeplanalto.example.co.ao",
        ),
    ),
    E(
        "nam-van-seafood",
        "food",
        "MO",
        ("seafood",),
        "南灣",
        ("Nam Van Seafood Trading", "Comércio de Mariscos Nam Van", "南灣海產貿易"),
        (
            "Frozen seafood and salted cod from Portuguese-speaking countries.",
            "Marisco congelado e bacalhau dos países de língua portuguesa.",
            "來自葡語國家的急凍海產及馬介休。",
        ),
        (
            "Nam Van imports Mozambican tiger prawns, Angolan rock lobster and Portuguese salted cod for restaurants and wholesale markets. Our HACCP-certified cold store in Macao connects to Hengqin by a dedicated cold-chain route. Registered buyers receive a price list every week.",
            "A Nam Van importa camarão-tigre de Moçambique, lagosta de Angola e bacalhau português para restaurantes e mercados grossistas. O nosso entreposto frigorífico em Macau tem certificação HACCP e liga-se a Hengqin por uma rota de cadeia de frio dedicada. Os compradores registados recebem uma tabela de preços todas as semanas.",
            "南灣海產為餐廳及批發市場進口莫桑比克老虎蝦、安哥拉龍蝦及葡萄牙馬介休。我們位於澳門的凍倉獲HACCP認證，並有專屬冷鏈路線直達橫琴。已登記買家每週可收到最新價目表。",
        ),
        (
            P(
                "bacalhau",
                ("Salted codfish (bacalhau)", "Bacalhau salgado seco", "葡國馬介休"),
                "PT",
                "codfish",
            ),
            P(
                "camarao-tigre",
                ("Mozambique tiger prawns", "Camarão-tigre de Moçambique", "莫桑比克老虎蝦"),
                "MZ",
                "prawn",
            ),
            P(
                "lagosta-angola",
                ("Angolan rock lobster", "Lagosta de Angola", "安哥拉龍蝦"),
                "AO",
                "lobster",
            ),
        ),
        C(
            "Lei Wai Kit",
            "李偉傑",
            "sales-manager",
            "orders@namvanseafood.example.mo",
            "+853 2857 6620",
            "https://namvanseafood.example.mo",
            "namvan_seafood",
        ),
    ),
    E(
        "conservas-ilhas",
        "food",
        "CV",
        ("seafood",),
        "CI",
        ("Ilhas Canning Company", "Conservas Ilhas de Cabo Verde", "佛得角群島罐頭"),
        (
            "Pole-and-line Atlantic tuna, canned in Mindelo.",
            "Atum do Atlântico pescado com salto e vara e enlatado no Mindelo.",
            "於明德盧加工的大西洋竿釣吞拿魚罐頭。",
        ),
        (
            "Our cannery in Mindelo, on São Vicente island, packs yellowfin and skipjack tuna caught by local pole-and-line boats. The fish is packed in olive oil or spring water, with export approvals for the EU and China. We are looking for importers and private-label partners in China.",
            "A nossa fábrica no Mindelo, na ilha de São Vicente, embala atum albacora e gaiado capturado por embarcações locais de salto e vara. O peixe é embalado em azeite ou em água, com autorizações de exportação para a UE e a China. Procuramos importadores e parceiros de marca própria na China.",
            "我們位於聖文森特島明德盧的罐頭廠，加工由當地竿釣漁船捕獲的黃鰭吞拿魚及鰹魚。產品以橄欖油或清水浸漬，已取得歐盟及中國出口許可。現誠徵中國進口商及貼牌合作夥伴。",
        ),
        (
            P(
                "atum-em-azeite",
                ("Tuna in olive oil", "Atum em azeite", "橄欖油浸吞拿魚"),
                "CV",
                "tin-tuna",
            ),
            P(
                "atum-gaiado",
                ("Skipjack tuna in water", "Atum gaiado ao natural", "清水鰹魚"),
                "CV",
                "tin-skipjack",
            ),
        ),
        C(
            "Nélia Tavares",
            "內莉亞·塔瓦雷斯",
            "commercial-director-f",
            "nelia.tavares@conservasilhas.example.cv",
            "+238 991 23 45",
            "https://conservasilhas.example.cv",
        ),
    ),
    E(
        "lusitania-conservas",
        "food",
        "MO",
        ("seafood", "food-beverage"),
        "LC",
        ("Lusitânia Gourmet Tins", "Lusitânia – Conservas Gourmet", "露詩坦尼亞罐頭專門店"),
        (
            "Portuguese sardines, mackerel and octopus in collectable vintage tins.",
            "Sardinhas, cavala e polvo portugueses em latas de colecionador.",
            "葡萄牙沙甸魚、鯖魚及八爪魚，復古收藏罐裝。",
        ),
        (
            "Our shop on Rua de São Paulo shows more than 80 tinned-fish products from canneries in Matosinhos, Peniche and the Azores (Açores). The colourful retro packaging makes them popular gifts with visitors to Macao. We also supply hotels, airport shops and cross-border e-commerce.",
            "A nossa loja na Rua de São Paulo apresenta mais de 80 conservas de peixe de fábricas de Matosinhos, Peniche e dos Açores. As embalagens coloridas e retro tornam-nas presentes populares entre os visitantes de Macau. Fornecemos também hotéis, lojas de aeroporto e comércio eletrónico transfronteiriço.",
            "我們位於大三巴街的門市陳列逾80款來自馬托西紐什、佩尼謝及亞速爾群島罐頭廠的魚罐頭。色彩繽紛的復古包裝深受訪澳旅客歡迎，是送禮佳品。我們亦供應酒店、機場商店及跨境電商。",
        ),
        (
            P(
                "sardinhas",
                ("Sardines in olive oil", "Sardinhas em azeite", "橄欖油沙甸魚"),
                "PT",
                "tin-sardine",
            ),
            P(
                "polvo",
                ("Octopus in olive oil and garlic", "Polvo em azeite e alho", "蒜香橄欖油八爪魚"),
                "PT",
                "tin-octopus",
            ),
            P(
                "atum-acores",
                ("Azores tuna fillets", "Filetes de atum dos Açores", "亞速爾群島吞拿魚柳"),
                "PT",
                "tin-azores",
            ),
        ),
        C(
            "Ho Pui I",
            "何佩儀",
            "store-manager",
            "shop@lusitania.example.mo",
            "+853 6282 1190",
            "https://lusitania.example.mo",
            "lusitania_tins",
        ),
    ),
    E(
        "sabores-do-cerrado",
        "food",
        "BR",
        ("food-beverage",),
        "SC",
        ("Sabores do Cerrado", "Sabores do Cerrado", "塞拉多風味"),
        (
            "Açaí, Brazil nuts and tropical fruit pulps from central Brazil.",
            "Açaí, castanha-do-pará e polpas de frutas tropicais do Brasil central.",
            "來自巴西中部的巴西莓、巴西堅果及熱帶果漿。",
        ),
        (
            "Sabores do Cerrado is a cooperative of 40 family farms in Goiás and Pará that processes native fruit with no added sugar. Our frozen açaí and cupuaçu pulps are already sold in Hong Kong and Macao, and we are now opening up the mainland market. We can ship mixed containers through Macao.",
            "A Sabores do Cerrado é uma cooperativa de 40 propriedades familiares de Goiás e do Pará que processa frutas nativas sem adição de açúcar. Nossas polpas congeladas de açaí e cupuaçu já são vendidas em Hong Kong e Macau, e agora estamos abrindo o mercado da China continental. Podemos enviar contêineres mistos via Macau.",
            "塞拉多風味是由戈亞斯州及帕拉州40個家庭農場組成的合作社，加工本土水果而不添加糖。我們的急凍巴西莓及古朴阿蘇果漿已在香港及澳門銷售，現正開拓內地市場。可經澳門運送混裝貨櫃。",
        ),
        (
            P(
                "acai",
                ("Frozen açaí pulp", "Polpa de açaí congelada", "急凍巴西莓果漿"),
                "BR",
                "acai",
            ),
            P(
                "castanha-do-para",
                ("Brazil nuts", "Castanha-do-pará", "巴西堅果"),
                "BR",
                "brazil-nuts",
            ),
            P("cupuacu", ("Cupuaçu pulp", "Polpa de cupuaçu", "古朴阿蘇果漿"), "BR", "cupuacu"),
        ),
        C(
            "Luísa Fernandes",
            "路易莎·費爾南德斯",
            "export-manager-f",
            "luisa@saboresdocerrado.example.com.br",
            "+55 62 98123 4567",
            "https://saboresdocerrado.example.com.br",
        ),
    ),
    E(
        "coloane-tea-house",
        "food",
        "MO",
        ("coffee-tea",),
        "茶",
        ("Coloane Tea House", "Casa de Chá de Coloane", "路環茶莊"),
        (
            "Aged Pu'er, Chinese oolongs and rare green tea from the Azores.",
            "Pu'er envelhecido, oolongs chineses e o raro chá verde dos Açores.",
            "陳年普洱、中國烏龍茶及罕有的亞速爾群島綠茶。",
        ),
        (
            "Run by the same family for three generations, Coloane Tea House ages its Pu'er in the sea air of Coloane village. We also import green and black tea from São Miguel in the Azores, home to one of Europe's very few tea plantations, which surprises every tea lover. Tea-tasting workshops can be arranged for groups.",
            "Gerida pela mesma família há três gerações, a Casa de Chá de Coloane envelhece o seu Pu'er no ar marítimo da vila de Coloane. Importamos também chá verde e preto de São Miguel, nos Açores, uma das raras plantações de chá da Europa, que surpreende qualquer apreciador. Organizamos provas de chá para grupos.",
            "路環茶莊三代經營，在路環村的海風中窖藏普洱茶。我們亦從亞速爾群島聖米格爾島引進綠茶及紅茶——那裏是歐洲罕有的茶園，令每位茶友驚喜。可為團體安排品茶工作坊。",
        ),
        (
            P(
                "aged-puer",
                (
                    "15-year-old Pu'er tea cake",
                    "Bolo de chá Pu'er envelhecido 15 anos",
                    "十五年陳普洱茶餅",
                ),
                "CN",
                "tea-cake",
            ),
            P(
                "cha-verde-acores",
                ("Azores green tea", "Chá verde dos Açores", "亞速爾群島綠茶"),
                "PT",
                "tea-leaves",
            ),
            P(
                "tieguanyin",
                ("Tieguanyin oolong", "Oolong Tieguanyin", "鐵觀音烏龍茶"),
                "CN",
                "tea-cup",
            ),
        ),
        C(
            "Au Weng Si",
            "區詠詩",
            "owner-f",
            "tea@coloanetea.example.mo",
            "+853 2888 1326",
            None,
            "coloanetea",
        ),
    ),
    E(
        "harbour-lights-brewing",
        "food",
        "MO",
        ("wine-spirits", "food-beverage"),
        "HL",
        ("Harbour Lights Brewing", "Cervejaria Luzes do Porto", "港灣燈火精釀"),
        (
            "Macao craft beers inspired by local flavours, from salted lime to egg tart.",
            "Cervejas artesanais de Macau inspiradas em sabores locais, do limão salgado ao pastel de nata.",
            "以鹹檸檬至蛋撻等本地風味為靈感的澳門精釀啤酒。",
        ),
        (
            "Our small brewery in the Inner Harbour makes six year-round beers and seasonal releases. The Salted Lime Gose and the Macanese Pepper Ale have won medals at regional craft-beer competitions. We are looking for distributors and bars in Shanghai, Shenzhen and Guangzhou.",
            "A nossa pequena cervejaria no Porto Interior produz seis cervejas permanentes e edições sazonais. A Gose de Limão Salgado e a Pepper Ale Macaense ganharam medalhas em concursos regionais de cerveja artesanal. Procuramos distribuidores e bares em Xangai, Shenzhen e Cantão.",
            "我們位於內港的小型釀酒廠全年生產六款啤酒，並推出季節限定款。鹹檸檬古斯啤酒及澳門胡椒艾爾曾在區域精釀啤酒比賽中獲獎。現誠徵上海、深圳及廣州的分銷商及酒吧合作。",
        ),
        (
            P(
                "salted-lime-gose",
                ("Salted Lime Gose", "Gose de Limão Salgado", "鹹檸檬古斯啤酒"),
                "MO",
                "beer-can",
            ),
            P(
                "pepper-ale",
                ("Macanese Pepper Ale", "Pepper Ale Macaense", "澳門胡椒艾爾"),
                "MO",
                "beer-bottle",
            ),
        ),
        C(
            "Ng Ka Lok",
            "吳家樂",
            "head-brewer",
            "brew@harbourlights.example.mo",
            "+853 6652 8870",
            "https://harbourlights.example.mo",
            "hlbrewing",
        ),
    ),
    E(
        "verde-hengqin-agritech",
        "food",
        "MO",
        ("food-beverage", "high-tech"),
        "綠",
        ("Verde Hengqin Agritech", "Verde Hengqin – Tecnologia Agrícola", "綠橫琴農業科技"),
        (
            "Pesticide-free vegetables from vertical farms in Hengqin.",
            "Legumes sem pesticidas de quintas verticais em Hengqin.",
            "來自橫琴垂直農場的無農藥蔬菜。",
        ),
        (
            "We are a Macao company operating in the Guangdong–Macao In-Depth Cooperation Zone in Hengqin, growing leafy greens and herbs indoors under LED light with 95% less water. Harvests reach Macao restaurants within hours of picking. We also license our farm-management software to growers in Portuguese-speaking countries.",
            "Somos uma empresa de Macau a operar na Zona de Cooperação Aprofundada entre Guangdong e Macau em Hengqin, onde cultivamos legumes de folha e ervas aromáticas em interior, com luz LED e menos 95% de água. As colheitas chegam aos restaurantes de Macau poucas horas depois de apanhadas. Licenciamos também o nosso software de gestão agrícola a produtores dos países de língua portuguesa.",
            "我們是在橫琴粵澳深度合作區營運的澳門企業，以LED燈在室內種植葉菜及香草，用水量減少95%。蔬菜採收後數小時內即送抵澳門餐廳。我們亦向葡語國家的種植者授權使用農場管理軟件。",
        ),
        (
            P(
                "baby-greens",
                ("Hydroponic baby greens", "Rebentos hidropónicos", "水耕嫩葉菜"),
                "CN",
                "greens",
            ),
            P(
                "herb-box",
                (
                    "Coriander and basil herb box",
                    "Caixa de coentros e manjericão",
                    "芫荽及羅勒香草盒",
                ),
                "CN",
                "herbs",
            ),
        ),
        C(
            "Lam Mei Leng",
            "林美玲",
            "bd-manager-f",
            "partners@verdehengqin.example.mo",
            "+853 6633 4120",
            "https://verdehengqin.example.mo",
            "verdehq",
        ),
    ),
    E(
        "red-lantern-jerky",
        "food",
        "MO",
        ("food-beverage",),
        "紅燈",
        ("Red Lantern Jerky", "Carne Seca Lanterna Vermelha", "紅燈籠肉乾"),
        (
            "Charcoal-grilled pork and beef jerky, a classic Macao souvenir.",
            "Carne seca de porco e de vaca grelhada a carvão, uma lembrança clássica de Macau.",
            "炭燒豬肉乾及牛肉乾，澳門經典手信。",
        ),
        (
            "Red Lantern marinates its meat for 24 hours and grills every sheet over lychee-wood charcoal. The vacuum-packed jerky keeps for six months and meets mainland import rules for processed meat. Flavours include honey, spicy and black pepper.",
            "A Lanterna Vermelha marina a carne durante 24 horas e grelha cada folha sobre carvão de madeira de lichia. A carne seca embalada a vácuo conserva-se seis meses e cumpre as regras de importação de carne processada do Interior da China. Há sabores de mel, picante e pimenta-preta.",
            "紅燈籠肉乾以醃料醃製24小時，每片均以荔枝木炭燒烤。真空包裝肉乾保質期六個月，符合內地加工肉類進口規定。口味包括蜜汁、香辣及黑椒。",
        ),
        (
            P(
                "honey-pork-jerky",
                ("Honey pork jerky", "Carne seca de porco com mel", "蜜汁豬肉乾"),
                "MO",
                "jerky",
            ),
            P(
                "pepper-beef-jerky",
                ("Black pepper beef jerky", "Carne seca de vaca com pimenta-preta", "黑椒牛肉乾"),
                "MO",
                "jerky-dark",
            ),
        ),
        C(
            "Cheang Chi Meng",
            "鄭志明",
            "sales-manager",
            "sales@redlantern.example.mo",
            "+853 6618 9054",
            None,
            "redlanternmo",
        ),
    ),
    E(
        "casa-macaense",
        "food",
        "MO",
        ("food-beverage",),
        "CM",
        ("Casa Macaense Foods", "Casa Macaense – Produtos Alimentares", "土生葡人美食坊"),
        (
            "Ready-to-heat Macanese classics: minchi, African chicken and tacho.",
            "Clássicos macaenses prontos a aquecer: minchi, galinha à africana e tacho.",
            "即熱土生葡人經典菜式：免治、非洲雞及雜燴。",
        ),
        (
            "Macanese cuisine, part of Macao's intangible cultural heritage, blends Portuguese, African, Indian and Chinese flavours. Our chef's family recipes are cooked and retort-packed in Macao, so they travel without refrigeration. Ideal for airline catering, hotel buffets and delicatessens.",
            "A cozinha macaense, património cultural intangível de Macau, junta sabores portugueses, africanos, indianos e chineses. As receitas de família da nossa chefe são cozinhadas e esterilizadas em Macau, para poderem viajar sem refrigeração. Ideais para catering aéreo, bufetes de hotel e lojas gourmet.",
            "土生葡人美食是澳門非物質文化遺產，融合葡萄牙、非洲、印度及中國風味。我們主廚的家傳食譜在澳門烹調並以高溫殺菌包裝，無需冷藏即可運送。適合航空餐飲、酒店自助餐及高級食品店。",
        ),
        (
            P("minchi", ("Minchi, Macanese minced meat", "Minchi", "免治"), "MO", "minchi"),
            P(
                "galinha-africana",
                ("African chicken sauce", "Molho de galinha à africana", "非洲雞醬"),
                "MO",
                "jar-red",
            ),
        ),
        C(
            "Teresa Noronha",
            "德麗莎·羅朗也",
            "founder-f",
            "teresa@casamacaense.example.mo",
            "+853 6655 7302",
            "https://casamacaense.example.mo",
        ),
    ),
    E(
        "queijos-da-serra",
        "food",
        "MO",
        ("food-beverage",),
        "QS",
        ("Serra Fine Cheeses", "Queijos da Serra – Importação", "山嶺芝士進口"),
        (
            "Serra da Estrela, São Jorge and other Portuguese cheeses for chefs in China.",
            "Queijo Serra da Estrela, São Jorge e outros queijos portugueses para chefs na China.",
            "為中國廚師供應星山芝士、聖若熱芝士及其他葡萄牙芝士。",
        ),
        (
            "We import raw-milk and aged cheeses from small dairies in the Beira region and the Azores, flown in chilled every fortnight. Our team advises restaurants on pairing and storage and prepares Chinese labels and import documents. Tasting platters are served at the booth every afternoon.",
            "Importamos queijos de leite cru e curados de pequenas queijarias da Beira e dos Açores, enviados refrigerados por via aérea de quinze em quinze dias. A nossa equipa aconselha os restaurantes sobre harmonização e conservação e prepara rótulos em chinês e documentos de importação. Servimos tábuas de degustação no stand todas as tardes.",
            "我們從貝拉地區及亞速爾群島的小型乳酪坊進口生乳芝士及熟成芝士，每兩週冷藏空運抵澳。團隊為餐廳提供配搭及儲存建議，並可代辦中文標籤及進口文件。每天下午在展位供應芝士試食拼盤。",
        ),
        (
            P(
                "queijo-serra-da-estrela",
                (
                    "Serra da Estrela PDO cheese",
                    "Queijo Serra da Estrela DOP",
                    "星山原產地保護芝士",
                ),
                "PT",
                "cheese-soft",
            ),
            P(
                "queijo-sao-jorge",
                (
                    "São Jorge cheese, 12 months",
                    "Queijo São Jorge 12 meses",
                    "聖若熱島十二個月熟成芝士",
                ),
                "PT",
                "cheese-wheel",
            ),
        ),
        C(
            "Fong Sio Wa",
            "馮少華",
            "sales-manager",
            "fong@queijosdaserra.example.mo",
            "+853 6626 4418",
        ),
    ),
    E(
        "indico-nuts-spices",
        "food",
        "MO",
        ("food-beverage", "trade-logistics"),
        "IN",
        ("Índico Nuts & Spices", "Índico – Frutos Secos e Especiarias", "印度洋果仁香料"),
        (
            "Cashews from Mozambique and Guinea-Bissau, and African piri-piri.",
            "Caju de Moçambique e da Guiné-Bissau e piri-piri africano.",
            "莫桑比克及幾內亞比紹腰果，以及非洲霹靂椒。",
        ),
        (
            "Índico buys raw cashew nuts from farmer groups in Nampula and Cacheu and has them shelled and roasted under food-safety supervision. Our piri-piri chillies and sauces bring the taste of Lusophone Africa to Chinese kitchens. Bulk buyers, snack brands and supermarket chains are welcome.",
            "A Índico compra castanha de caju em bruto a grupos de agricultores de Nampula e de Cacheu, que é descascada e torrada sob supervisão de segurança alimentar. As nossas malaguetas e os nossos molhos piri-piri levam o sabor da África lusófona às cozinhas chinesas. Recebemos compradores por grosso, marcas de snacks e cadeias de supermercados.",
            "印度洋果仁香料向楠普拉及卡謝烏的農戶組織收購原粒腰果，並在食品安全監督下去殼烘焙。我們的霹靂椒及辣醬把葡語非洲的風味帶進中國廚房。歡迎批發買家、零食品牌及連鎖超市洽談。",
        ),
        (
            P(
                "caju-mocambique",
                ("Roasted Mozambique cashews", "Caju torrado de Moçambique", "烘焙莫桑比克腰果"),
                "MZ",
                "cashews",
            ),
            P(
                "caju-guine-bissau",
                (
                    "Guinea-Bissau raw cashews",
                    "Castanha de caju da Guiné-Bissau",
                    "幾內亞比紹原粒腰果",
                ),
                "GW",
                "cashews-raw",
            ),
            P(
                "molho-piri-piri",
                ("Piri-piri sauce", "Molho piri-piri", "霹靂辣醬"),
                "MZ",
                "piri-piri",
            ),
        ),
        C(
            "Chao Wai Lam",
            "周慧琳",
            "purchasing-manager-f",
            "trade@indico.example.mo",
            "+853 6690 3315",
            "https://indico.example.mo",
            "indiconuts",
        ),
    ),
    E(
        "ginger-garden",
        "food",
        "MO",
        ("food-beverage",),
        "薑園",
        ("Ginger Garden Confectionery", "Confeitaria Jardim do Gengibre", "薑園糖果"),
        (
            "Preserved ginger, candied fruit and traditional Macao sweets.",
            "Gengibre em calda, fruta cristalizada e doces tradicionais de Macau.",
            "糖薑、蜜餞及澳門傳統糖果。",
        ),
        (
            "For over forty years Ginger Garden has made preserved ginger and candied kumquats by slow sugar infusion. Our sweets use less sugar than traditional recipes and come in resealable pouches for today's shoppers. Private-label production is available for souvenir shops and hotel amenities.",
            "Há mais de quarenta anos que o Jardim do Gengibre faz gengibre em calda e kumquats cristalizados por infusão lenta de açúcar. Os nossos doces levam menos açúcar do que as receitas tradicionais e vêm em saquetas refecháveis. Fazemos produção de marca própria para lojas de lembranças e amenidades de hotel.",
            "薑園以慢糖浸漬方法製作糖薑及金桔蜜餞逾四十年。我們的糖果比傳統食譜少糖，並採用可重封包裝，迎合現代消費者。可為手信店及酒店客房用品提供貼牌生產。",
        ),
        (
            P(
                "stem-ginger",
                ("Preserved stem ginger", "Gengibre em calda", "糖薑"),
                "MO",
                "ginger-jar",
            ),
            P(
                "candied-kumquats",
                ("Candied kumquats", "Kumquats cristalizados", "金桔蜜餞"),
                "MO",
                "kumquats",
            ),
        ),
        C(
            "Sou Kai Meng",
            "蘇啟明",
            "general-manager-m",
            "info@gingergarden.example.mo",
            "+853 2836 5518",
            "https://gingergarden.example.mo",
        ),
    ),
    E(
        "padaria-flor-de-lis",
        "food",
        "MO",
        ("food-beverage",),
        "FL",
        ("Flor de Lis Bakery", "Padaria Flor de Lis", "百合花麵包坊"),
        (
            "Portuguese bread and festive cakes, baked daily in Macao.",
            "Pão português e bolos festivos, cozidos diariamente em Macau.",
            "每日於澳門新鮮烘焙的葡式麵包及節慶蛋糕。",
        ),
        (
            "From papo-seco rolls to Bolo-Rei at Christmas, Flor de Lis bakes Portuguese bread with flour and a sourdough starter brought from Portugal. We supply sandwich bars, schools and hotels and are expanding into Hengqin. Part-baked frozen bread is available for distributors.",
            "Do papo-seco ao Bolo-Rei do Natal, a Flor de Lis coze pão português com farinha e massa-mãe trazidas de Portugal. Fornecemos snack-bares, escolas e hotéis e estamos a expandir-nos para Hengqin. Temos pão pré-cozido congelado para distribuidores.",
            "由豬扒包用的葡式小麵包到聖誕節的國王蛋糕，百合花麵包坊以從葡萄牙運來的麵粉及酸種烘焙葡式麵包。我們供應三文治店、學校及酒店，並正擴展至橫琴。另有半熟急凍麵包供分銷商訂購。",
        ),
        (
            P(
                "papo-secos",
                ("Papo-seco bread rolls", "Papo-secos", "葡式小麵包"),
                "MO",
                "bread-rolls",
            ),
            P("bolo-rei", ("Bolo-Rei king cake", "Bolo-Rei", "國王蛋糕"), "MO", "bolo-rei"),
        ),
        C(
            "Paulo Pereira",
            "保祿·庇利拉",
            "owner-m",
            "encomendas@flordelis.example.mo",
            "+853 6687 1266",
            "https://flordelis.example.mo",
        ),
    ),
    E(
        "balichao-and-co",
        "food",
        "MO",
        ("food-beverage",),
        "B&C",
        ("Balichão & Co. Sauces", "Balichão & Companhia – Molhos", "巴拉煎醬料坊"),
        (
            "Balichão shrimp paste and Macanese chilli sauces.",
            "Balichão e molhos picantes macaenses.",
            "土生葡人蝦醬「巴拉煎」及澳門辣椒醬。",
        ),
        (
            "Balichão, a fermented shrimp paste seasoned with brandy, bay leaf and chilli, is the secret of many Macanese dishes. We make it in small batches to a 1930s recipe, alongside chilli oils and curry pastes. Our sauces keep at room temperature and are labelled in Chinese, Portuguese and English.",
            "O balichão, uma pasta de camarão fermentada temperada com aguardente, louro e malagueta, é o segredo de muitos pratos macaenses. Fazemo-lo em pequenos lotes segundo uma receita dos anos 1930, a par de óleos picantes e pastas de caril. Os nossos molhos conservam-se à temperatura ambiente e têm rótulos em chinês, português e inglês.",
            "巴拉煎是以白蘭地、月桂葉及辣椒調味的發酵蝦醬，是不少土生葡菜的秘訣。我們按1930年代的食譜小批量製作，另有辣椒油及咖喱醬。醬料可常溫保存，附中、葡、英三語標籤。",
        ),
        (
            P("balichao", ("Balichão shrimp paste", "Balichão", "巴拉煎蝦醬"), "MO", "jar-pink"),
            P(
                "chilli-oil",
                ("Macanese chilli oil", "Óleo picante macaense", "澳門辣椒油"),
                "MO",
                "chilli-oil",
            ),
        ),
        C(
            "Ana Rosário",
            "安娜·羅沙里奧",
            "founder-f",
            "ana@balichao.example.mo",
            "+853 6611 0428",
            None,
            "balichao_mo",
        ),
    ),
    E(
        "jasmine-cold-brew",
        "food",
        "MO",
        ("coffee-tea", "food-beverage"),
        "茉莉",
        ("Jasmine & Co. Cold Brew", "Jasmine & Co. – Chá a Frio", "茉莉冷泡茶"),
        (
            "Bottled cold-brew teas with no added sugar.",
            "Chás de infusão a frio engarrafados, sem açúcar adicionado.",
            "無添加糖的樽裝冷泡茶。",
        ),
        (
            "We cold-brew whole-leaf jasmine, oolong and Azores green tea for twelve hours, for a smooth, naturally sweet taste. The bottles are made in Macao from recycled PET and sold in cafés, gyms and convenience stores. Private-label flavours for hotels and airlines are welcome.",
            "Fazemos infusão a frio de chá de jasmim, oolong e chá verde dos Açores em folha inteira durante doze horas, para um sabor suave e naturalmente doce. As garrafas são produzidas em Macau com PET reciclado e vendidas em cafés, ginásios e lojas de conveniência. Aceitamos sabores de marca própria para hotéis e companhias aéreas.",
            "我們以原片茉莉花茶、烏龍茶及亞速爾群島綠茶冷泡十二小時，口感順滑，帶天然甘甜。茶樽於澳門以再生PET製造，在咖啡店、健身室及便利店有售。歡迎酒店及航空公司訂製自家品牌口味。",
        ),
        (
            P(
                "jasmine-tea",
                ("Cold-brew jasmine tea", "Chá de jasmim a frio", "冷泡茉莉花茶"),
                "CN",
                "tea-bottle",
            ),
            P(
                "azores-cold-brew",
                ("Azores green tea cold brew", "Chá verde dos Açores a frio", "冷泡亞速爾群島綠茶"),
                "PT",
                "tea-bottle-green",
            ),
        ),
        C(
            "Lao Ka Ian",
            "劉嘉欣",
            "marketing-manager-f",
            "hello@jasminecoldbrew.example.mo",
            "+853 6378 2290",
            "https://jasminecoldbrew.example.mo",
            "jasmineco",
        ),
    ),
    E(
        "adega-lusofona",
        "food",
        "MO",
        ("wine-spirits",),
        "AL",
        ("Adega Lusófona Wine Cellar", "Adega Lusófona", "葡語國家酒窖"),
        (
            "Wines from Portugal, Brazil and Cabo Verde under one roof.",
            "Vinhos de Portugal, do Brasil e de Cabo Verde sob o mesmo teto.",
            "一站式搜羅葡萄牙、巴西及佛得角葡萄酒。",
        ),
        (
            "Adega Lusófona brings together wines from across the Portuguese-speaking world: Alentejo reds, sparkling wines from Brazil's Serra Gaúcha and volcanic wines from Fogo island in Cabo Verde. Buyers can order mixed pallets under a single import declaration through Macao. We also organise wine-tourism trips to our partner producers.",
            "A Adega Lusófona reúne vinhos de todo o mundo de língua portuguesa: tintos do Alentejo, espumantes da Serra Gaúcha, no Brasil, e vinhos vulcânicos da ilha do Fogo, em Cabo Verde. Os compradores podem encomendar paletes mistas com uma única declaração de importação através de Macau. Organizamos também viagens de enoturismo aos produtores parceiros.",
            "葡語國家酒窖匯聚整個葡語世界的葡萄酒：阿連特茹紅酒、巴西高喬山區的氣泡酒，以及佛得角福戈島的火山葡萄酒。買家可經澳門以單一進口報關訂購混裝貨板。我們亦為合作酒莊籌辦葡萄酒旅遊團。",
        ),
        (
            P(
                "tinto-reserva-alentejo",
                ("Alentejo red reserve", "Tinto Reserva do Alentejo", "阿連特茹珍藏紅酒"),
                "PT",
                "red-wine-dark",
            ),
            P(
                "espumante-serra-gaucha",
                ("Serra Gaúcha sparkling wine", "Espumante da Serra Gaúcha", "高喬山區氣泡酒"),
                "BR",
                "sparkling",
            ),
            P(
                "vinho-do-fogo",
                ("Fogo island volcanic red", "Vinho tinto do Fogo", "福戈島火山紅酒"),
                "CV",
                "red-wine-fogo",
            ),
        ),
        C(
            "Tam Chan U",
            "譚振宇",
            "sales-manager",
            "cellar@adegalusofona.example.mo",
            "+853 6620 7781",
            "https://adegalusofona.example.mo",
            "adegalusofona",
        ),
    ),
    E(
        "moonlit-pastry-house",
        "food",
        "MO",
        ("food-beverage",),
        "月影",
        ("Moonlit Pastry House", "Pastelaria Luar", "月影餅家"),
        (
            "Lotus-seed mooncakes and wife cakes made the old way.",
            "Bolos lunares de semente de lótus e bolos da esposa feitos à moda antiga.",
            "古法製作的蓮蓉月餅及老婆餅。",
        ),
        (
            "Moonlit Pastry House makes its lotus-seed paste by hand in copper woks, a process that takes a whole day. Besides mooncakes for the Mid-Autumn Festival, the bakery is known for its flaky wife cakes and chicken biscuits. Come to the booth for a tasting.",
            "A Pastelaria Luar faz a sua pasta de semente de lótus à mão em woks de cobre, um processo que leva um dia inteiro. Além dos bolos lunares para o Festival do Bolo Lunar, a pastelaria é conhecida pelos bolos da esposa folhados e pelos biscoitos de galinha. Visite o stand para uma prova.",
            "月影餅家以銅鑊人手炒製蓮蓉，整個過程需時一整天。除中秋月餅外，餅家的酥皮老婆餅及雞仔餅亦遠近馳名。歡迎到展位試食。",
        ),
        (
            P(
                "lotus-mooncake",
                (
                    "Lotus-seed mooncake with two yolks",
                    "Bolo lunar de lótus com duas gemas",
                    "雙黃白蓮蓉月餅",
                ),
                "MO",
                "mooncake",
            ),
            P("wife-cake", ("Wife cake", "Bolo da esposa", "老婆餅"), "MO", "wife-cake"),
        ),
        None,  # deliberately no contact: the kiosk shows no QR for this exhibitor
    ),
    E(
        "macau-gourmet-link",
        "food",
        "MO",
        ("food-beverage", "trade-logistics"),
        "MG",
        ("Macau Gourmet Link", "Macau Gourmet Link – Plataforma Alimentar", "澳門美食通"),
        (
            "Cross-border e-commerce for Macao and Lusophone food brands.",
            "Comércio eletrónico transfronteiriço para marcas alimentares de Macau e lusófonas.",
            "為澳門及葡語國家食品品牌提供跨境電商服務。",
        ),
        (
            "Macau Gourmet Link runs flagship stores for more than 60 food brands on China's main e-commerce and social platforms. We handle listings, Chinese content, bonded-warehouse fulfilment and customer service. Small producers from Portuguese-speaking countries can test the market with no minimum order.",
            "A Macau Gourmet Link gere lojas oficiais de mais de 60 marcas alimentares nas principais plataformas chinesas de comércio eletrónico e redes sociais. Tratamos da listagem, dos conteúdos em chinês, da logística em armazém alfandegado e do apoio ao cliente. Pequenos produtores dos países de língua portuguesa podem testar o mercado sem encomenda mínima.",
            "澳門美食通在內地主要電商及社交平台為逾60個食品品牌營運旗艦店，提供上架、中文內容、保稅倉配送及客戶服務。葡語國家的小型生產商可無最低訂量試水市場。",
        ),
        (
            P(
                "lusophone-hamper",
                ("Lusophone gift hamper", "Cabaz de produtos lusófonos", "葡語國家禮品籃"),
                "MO",
                "gift-box",
            ),
        ),
        C(
            "Ip Ka Man",
            "葉嘉雯",
            "client-relations-f",
            "bd@gourmetlink.example.mo",
            "+853 6698 2204",
            "https://gourmetlink.example.mo",
            "gourmetlink",
        ),
    ),
    E(
        "hengqin-herbal-wellness",
        "food",
        "MO",
        ("traditional-chinese-medicine", "food-beverage"),
        "本草",
        ("Hengqin Herbal Wellness", "Hengqin Bem-Estar Herbal", "橫琴本草養生"),
        (
            "Herbal teas and TCM health foods made in Hengqin to Macao standards.",
            "Chás de ervas e alimentos de medicina chinesa, produzidos em Hengqin segundo padrões de Macau.",
            "於橫琴按澳門標準生產的涼茶及中醫藥保健食品。",
        ),
        (
            "Our GMP-certified plant in Hengqin produces ready-to-drink herbal teas, goji and chrysanthemum blends and ginseng soup packs. The formulas are developed with registered Chinese-medicine practitioners in Macao. We are looking for distributors in Portuguese-speaking countries, where interest in traditional Chinese medicine is growing.",
            "A nossa fábrica com certificação BPF em Hengqin produz chás de ervas prontos a beber, misturas de goji e crisântemo e kits de sopa de ginseng. As fórmulas são desenvolvidas com médicos de medicina chinesa registados em Macau. Procuramos distribuidores nos países de língua portuguesa, onde o interesse pela medicina tradicional chinesa está a crescer.",
            "我們位於橫琴、符合GMP標準的廠房生產即飲涼茶、杞菊茶包及人參湯包。配方由澳門註冊中醫師參與研發。現誠徵葡語國家的分銷商——當地對中醫藥的興趣正日益增加。",
        ),
        (
            P(
                "herbal-tea-rtd",
                ("Ready-to-drink herbal tea", "Chá de ervas pronto a beber", "即飲涼茶"),
                "CN",
                "herbal-can",
            ),
            P(
                "goji-chrysanthemum",
                ("Goji and chrysanthemum tea", "Chá de goji e crisântemo", "杞子菊花茶"),
                "CN",
                "goji",
            ),
            P(
                "ginseng-soup-pack",
                ("Ginseng soup pack", "Kit de sopa de ginseng", "人參湯包"),
                "CN",
                "soup-pack",
            ),
        ),
        C(
            "Mak Hou In",
            "麥浩然",
            "general-manager-m",
            "contact@hengqinherbal.example.mo",
            "+86 756 886 2301",
            "https://hengqinherbal.example.mo",
            "hqherbal",
        ),
    ),
    E(
        "mercadores-dried-seafood",
        "food",
        "MO",
        ("seafood",),
        "海味",
        ("Mercadores Dried Seafood", "Mariscos Secos Rua dos Mercadores", "營地大街海味"),
        (
            "Premium dried scallops, sea cucumber and fish maw from a family shop.",
            "Vieiras, pepino-do-mar e bexiga-natatória secos de qualidade, de uma loja familiar.",
            "家族老店的優質瑤柱、海參及花膠。",
        ),
        (
            "Our shop on Rua dos Mercadores has sold dried seafood to Macao families and restaurants for more than fifty years. Every piece is graded by hand, and we are happy to advise on soaking and cooking. Gift boxes are popular for the Lunar New Year and as business gifts.",
            "A nossa loja na Rua dos Mercadores vende marisco seco a famílias e restaurantes de Macau há mais de cinquenta anos. Cada peça é classificada à mão e aconselhamos com gosto sobre a demolha e a confeção. As caixas de oferta são populares no Ano Novo Lunar e como presentes de negócios.",
            "我們位於營地大街的老店五十多年來為澳門家庭及餐廳供應海味。每件貨品均經人手分級，並樂意提供浸發及烹調建議。禮盒裝是農曆新年及商務送禮的熱門之選。",
        ),
        (
            P(
                "dried-scallops",
                ("Dried scallops (conpoy)", "Vieiras secas", "瑤柱"),
                "CN",
                "scallops",
            ),
            P(
                "sea-cucumber-mozambique",
                (
                    "Mozambique dried sea cucumber",
                    "Pepino-do-mar seco de Moçambique",
                    "莫桑比克海參",
                ),
                "MZ",
                "sea-cucumber",
            ),
        ),
        C("Tong Chon Kit", "唐俊傑", "owner-m", None, "+853 2892 1547", None, "mercadores_hm"),
    ),
    E(
        "ponte-lusa-distribution",
        "food",
        "MO",
        ("food-beverage", "trade-logistics"),
        "PL",
        ("Ponte Lusa Distribution", "Ponte Lusa – Distribuição Alimentar", "葡橋食品批發"),
        (
            "Wholesale groceries and spirits from Portugal and Cabo Verde.",
            "Mercearia e bebidas espirituosas de Portugal e de Cabo Verde por grosso.",
            "批發葡萄牙及佛得角雜貨與烈酒。",
        ),
        (
            "Ponte Lusa distributes more than 900 product lines, from honey and biscuits to liqueurs, to supermarkets and restaurants in Macao, Hengqin and the Greater Bay Area. Consolidated shipments from Lisbon and Praia arrive every two weeks. Retailers can order online and receive delivery within 48 hours.",
            "A Ponte Lusa distribui mais de 900 referências, do mel e das bolachas aos licores, a supermercados e restaurantes de Macau, Hengqin e da Grande Baía. Chegam cargas consolidadas de Lisboa e da Praia de duas em duas semanas. Os retalhistas podem encomendar online e receber a mercadoria em 48 horas.",
            "葡橋食品批發向澳門、橫琴及大灣區的超市和餐廳分銷逾900款產品，由蜂蜜、餅乾到利口酒一應俱全。來自里斯本及普拉亞的拼箱貨物每兩週抵達。零售商可網上訂購，48小時內送貨。",
        ),
        (
            P(
                "mel-rosmaninho",
                ("Portuguese lavender honey", "Mel de rosmaninho", "葡萄牙薰衣草蜂蜜"),
                "PT",
                "honey",
            ),
            P(
                "ginjinha",
                ("Ginjinha sour-cherry liqueur", "Ginjinha de Óbidos", "奧比都斯酸櫻桃酒"),
                "PT",
                "ginjinha",
            ),
            P(
                "grogue",
                ("Santo Antão grogue sugar-cane spirit", "Grogue de Santo Antão", "聖安唐甘蔗酒"),
                "CV",
                "grogue",
            ),
        ),
        C(
            "U Nga Teng",
            "余雅婷",
            "sales-manager",
            "sales@pontelusa.example.mo",
            "+853 6562 1140",
            "https://pontelusa.example.mo",
        ),
    ),
    # ------------------------------------------------------------------ services pavilion
    E(
        "ponte-lusofona-advogados",
        "services",
        "MO",
        ("legal-services",),
        "PLA",
        ("Ponte Lusófona Lawyers", "Ponte Lusófona Advogados", "葡語橋律師事務所"),
        (
            "Bilingual law firm for investment between China and Portuguese-speaking countries.",
            "Sociedade de advogados bilingue para investimento entre a China e os países de língua portuguesa.",
            "專注中國與葡語國家投資的雙語律師事務所。",
        ),
        (
            "Our lawyers are admitted in Macao and Portugal and work in Chinese, Portuguese and English. We advise on company formation, cross-border contracts, intellectual property and dispute resolution, including arbitration in Macao. Partner firms in Luanda, Maputo, São Paulo and Lisbon support clients on the ground.",
            "Os nossos advogados estão inscritos em Macau e em Portugal e trabalham em chinês, português e inglês. Assessoramos na constituição de sociedades, contratos transfronteiriços, propriedade intelectual e resolução de litígios, incluindo arbitragem em Macau. Escritórios parceiros em Luanda, Maputo, São Paulo e Lisboa apoiam os clientes no terreno.",
            "本所律師具澳門及葡萄牙執業資格，以中、葡、英三語提供服務。業務涵蓋公司設立、跨境合同、知識產權及爭議解決，包括在澳門進行仲裁。我們在羅安達、馬普托、聖保羅及里斯本的合作律所可為客戶提供當地支援。",
        ),
        (
            P(
                "company-setup-macao",
                (
                    "Company set-up in Macao",
                    "Constituição de sociedades em Macau",
                    "澳門公司設立服務",
                ),
            ),
            P(
                "arbitration-support",
                (
                    "Commercial arbitration in Macao",
                    "Arbitragem comercial em Macau",
                    "澳門商事仲裁",
                ),
            ),
        ),
        C(
            "Inês Almeida",
            "伊內斯·阿爾梅達",
            "partner-f",
            "ines.almeida@pontelusofona.example.mo",
            "+853 2833 0412",
            "https://pontelusofona.example.mo",
        ),
    ),
    E(
        "carvalho-wong-advogados",
        "services",
        "MO",
        ("legal-services",),
        "C&W",
        ("Carvalho & Wong Lawyers", "Carvalho & Wong Advogados", "卡瓦略黃律師事務所"),
        (
            "Commercial, tax and real-estate law for businesses in Macao and Hengqin.",
            "Direito comercial, fiscal e imobiliário para empresas em Macau e Hengqin.",
            "為澳門及橫琴企業提供商業、稅務及房地產法律服務。",
        ),
        (
            "Carvalho & Wong helps investors from Portuguese-speaking countries set up in the Guangdong–Macao In-Depth Cooperation Zone, from tax incentives to employment contracts. Our notarial team certifies documents for use in mainland China and in Portuguese-speaking countries. Free first consultations are offered during the Expo.",
            "A Carvalho & Wong ajuda investidores lusófonos a instalarem-se na Zona de Cooperação Aprofundada entre Guangdong e Macau, dos incentivos fiscais aos contratos de trabalho. A nossa equipa notarial certifica documentos para uso no Interior da China e nos países de língua portuguesa. Durante a Exposição, oferecemos primeiras consultas gratuitas.",
            "卡瓦略黃律師事務所協助葡語國家投資者進駐橫琴粵澳深度合作區，由稅務優惠到僱傭合同均可提供意見。我們的公證團隊可為在內地及葡語國家使用的文件辦理認證。進博會期間提供免費初次諮詢。",
        ),
        (),
        C(
            "João Carvalho",
            "若昂·卡瓦略",
            "managing-partner-m",
            "jcarvalho@carvalhowong.example.mo",
            "+853 6680 2231",
            "https://carvalhowong.example.mo",
            "cwlawmo",
        ),
    ),
    E(
        "lotus-events",
        "services",
        "MO",
        ("convention-exhibition",),
        "蓮花",
        ("Lotus Events & Exhibitions", "Lótus Eventos e Exposições", "蓮花會展"),
        (
            "Full-service organiser of conventions, trade fairs and incentive trips.",
            "Organizador de serviço completo de convenções, feiras comerciais e viagens de incentivo.",
            "一站式籌辦會議、商貿展覽及獎勵旅遊。",
        ),
        (
            "Lotus has organised more than 300 conventions and exhibitions in Macao and Hengqin, from 50-person board meetings to trade fairs with 20,000 visitors. We handle venue booking, stand building, registration, interpreting and hospitality under one contract. Ask us about the support schemes for MICE events held in Macao.",
            "A Lótus já organizou mais de 300 convenções e exposições em Macau e Hengqin, de reuniões de administração com 50 pessoas a feiras com 20 000 visitantes. Tratamos da reserva de espaços, montagem de stands, inscrições, interpretação e acolhimento num só contrato. Pergunte-nos pelos programas de apoio a eventos MICE realizados em Macau.",
            "蓮花會展已在澳門及橫琴籌辦逾300場會議及展覽，由50人董事會會議至兩萬名觀眾的商貿展覽均有經驗。我們以一份合約包辦場地預訂、展台搭建、登記、傳譯及接待。歡迎查詢在澳門舉辦會展活動的支援計劃。",
        ),
        (
            P(
                "stand-design-build",
                (
                    "Exhibition stand design and build",
                    "Conceção e montagem de stands",
                    "展台設計及搭建",
                ),
                None,
                "stand",
            ),
            P(
                "hybrid-conference",
                ("Hybrid conference package", "Pacote de conferência híbrida", "混合式會議套餐"),
            ),
        ),
        C(
            "Che Weng Kei",
            "謝詠琪",
            "client-relations-f",
            "events@lotusmice.example.mo",
            "+853 6612 7788",
            "https://lotusmice.example.mo",
            "lotusmice",
        ),
    ),
    E(
        "cotai-destination-services",
        "services",
        "MO",
        ("convention-exhibition", "tourism-leisure"),
        "CD",
        ("Cotai Destination Services", "Cotai – Serviços de Destino", "路氹目的地服務"),
        (
            "Destination management for delegations, incentive trips and gala dinners.",
            "Gestão de destino para delegações, viagens de incentivo e jantares de gala.",
            "為商務代表團、獎勵旅遊及晚宴提供目的地管理服務。",
        ),
        (
            "We design programmes that combine Macao's UNESCO-listed historic centre with Hengqin's theme parks and the Zhuhai coastline. Our multilingual guides and coach fleet move groups of any size across the border smoothly. Corporate social-responsibility activities and cooking workshops can be added to any itinerary.",
            "Criamos programas que combinam o centro histórico de Macau, classificado pela UNESCO, com os parques temáticos de Hengqin e a costa de Zhuhai. Os nossos guias multilingues e a nossa frota de autocarros levam grupos de qualquer dimensão através da fronteira sem complicações. Podem acrescentar-se a qualquer itinerário atividades de responsabilidade social e workshops de culinária.",
            "我們設計的行程結合澳門歷史城區（聯合國教科文組織世界遺產）、橫琴主題公園及珠海海岸線。多語導遊及旅遊巴士車隊可順暢接載任何規模的團體過關。任何行程均可加入企業社會責任活動及烹飪工作坊。",
        ),
        (
            P(
                "incentive-3-days",
                (
                    "Macao–Hengqin 3-day incentive programme",
                    "Programa de incentivo Macau–Hengqin de 3 dias",
                    "澳門–橫琴三天獎勵旅遊行程",
                ),
            ),
        ),
        C(
            "Chang Mei Wa",
            "曾美華",
            "bd-manager-f",
            "dmc@cotaidestination.example.mo",
            "+853 6658 3310",
            "https://cotaidestination.example.mo",
        ),
    ),
    E(
        "avenida-pay",
        "services",
        "MO",
        ("finance", "high-tech"),
        "AP",
        ("Avenida Pay", "Avenida Pay", "大馬路支付"),
        (
            "Cross-border payments in patacas, renminbi, euros, reais and kwanzas.",
            "Pagamentos transfronteiriços em patacas, renminbi, euros, reais e kwanzas.",
            "以澳門元、人民幣、歐元、雷亞爾及寬扎進行跨境支付。",
        ),
        (
            "Avenida Pay is a licensed Macao payment institution that lets exporters in Portuguese-speaking countries get paid by Chinese buyers in days rather than weeks. Our QR checkout works with the main Macao and mainland wallets, and invoices can be settled in five currencies. Compliance checks are built into onboarding.",
            "A Avenida Pay é uma instituição de pagamento licenciada em Macau que permite aos exportadores dos países de língua portuguesa receber de compradores chineses em dias, e não em semanas. O nosso pagamento por código QR funciona com as principais carteiras de Macau e do Interior da China, e as faturas podem ser liquidadas em cinco moedas. As verificações de conformidade estão integradas na adesão.",
            "大馬路支付是澳門持牌支付機構，讓葡語國家出口商可在數天而非數週內收到中國買家的貨款。我們的二維碼收款支援澳門及內地主要電子錢包，發票可以五種貨幣結算。合規審查已融入開戶流程。",
        ),
        (
            P(
                "merchant-checkout",
                ("Merchant QR checkout", "Pagamento QR para comerciantes", "商戶二維碼收款"),
                None,
                "payment",
            ),
        ),
        C(
            "Hoi Chi Hang",
            "許志恆",
            "bd-manager-m",
            "merchants@avenidapay.example.mo",
            "+853 6644 0519",
            "https://avenidapay.example.mo",
            "avenidapay",
        ),
    ),
    E(
        "lusophone-capital",
        "services",
        "MO",
        ("finance",),
        "澳葡",
        ("Macao Lusophone Capital", "Capital Lusófono de Macau", "澳葡資本"),
        (
            "Trade finance, RMB clearing and bond advisory for Lusophone markets.",
            "Financiamento do comércio, compensação em renminbi e assessoria em obrigações para mercados lusófonos.",
            "為葡語國家市場提供貿易融資、人民幣清算及債券顧問服務。",
        ),
        (
            "We help companies and public bodies in Portuguese-speaking countries raise funds and settle trade in renminbi through Macao's financial system. Services include letters of credit, supply-chain finance and advice on listing bonds in Macao. Our team speaks Portuguese, Cantonese, Mandarin and English.",
            "Ajudamos empresas e entidades públicas dos países de língua portuguesa a angariar fundos e a liquidar operações comerciais em renminbi através do sistema financeiro de Macau. Os serviços incluem cartas de crédito, financiamento da cadeia de abastecimento e assessoria na cotação de obrigações em Macau. A nossa equipa fala português, cantonês, mandarim e inglês.",
            "我們協助葡語國家的企業及公共機構通過澳門金融體系融資及以人民幣進行貿易結算。服務包括信用證、供應鏈融資及在澳門發行上市債券的顧問服務。團隊通曉葡語、粵語、普通話及英語。",
        ),
        (),
        C(
            "Rui Sequeira",
            "魯伊·塞凱拉",
            "director-m",
            "rui.sequeira@lusocapital.example.mo",
            "+853 2878 1200",
            "https://lusocapital.example.mo",
        ),
    ),
    E(
        "inner-harbour-logistics",
        "services",
        "MO",
        ("trade-logistics",),
        "IH",
        ("Inner Harbour Logistics", "Logística Porto Interior", "內港物流"),
        (
            "Cold-chain and bonded logistics between Macao, Hengqin and Lusophone ports.",
            "Logística de frio e em regime alfandegado entre Macau, Hengqin e portos lusófonos.",
            "連接澳門、橫琴及葡語國家港口的冷鏈及保稅物流。",
        ),
        (
            "From Lisbon, Santos, Luanda and Maputo, we consolidate food and wine shipments into Macao and deliver them to Hengqin and the Greater Bay Area. Our temperature-monitored warehouses and customs brokers keep goods moving through the cross-border lanes. Track every pallet online in Chinese, Portuguese or English.",
            "A partir de Lisboa, Santos, Luanda e Maputo, consolidamos cargas de alimentos e vinhos para Macau e entregamo-las em Hengqin e na Grande Baía. Os nossos armazéns com temperatura monitorizada e os nossos despachantes mantêm as mercadorias em movimento nos corredores transfronteiriços. Acompanhe cada palete online em chinês, português ou inglês.",
            "我們從里斯本、桑托斯、羅安達及馬普托集運食品及葡萄酒至澳門，再配送往橫琴及大灣區。溫度監控倉庫及報關團隊確保貨物順暢通關。可透過中、葡、英文網上追蹤每個貨板。",
        ),
        (
            P(
                "reefer-consolidation",
                (
                    "Reefer consolidation Lisbon–Macao",
                    "Consolidação refrigerada Lisboa–Macau",
                    "里斯本至澳門冷藏拼箱",
                ),
                None,
                "container",
            ),
        ),
        C(
            "Pun Ka I",
            "潘家怡",
            "operations-manager-f",
            "ops@innerharbour.example.mo",
            "+853 6600 4471",
            "https://innerharbour.example.mo",
            "ihlogistics",
        ),
    ),
    E(
        "silk-and-sea-freight",
        "services",
        "MO",
        ("trade-logistics", "convention-exhibition"),
        "絲海",
        ("Silk & Sea Freight", "Seda e Mar Transitários", "絲海貨運"),
        (
            "Air and sea freight forwarding, exhibition cargo and customs brokerage.",
            "Transitários aéreos e marítimos, carga para exposições e despacho aduaneiro.",
            "海空貨運代理、展品運輸及報關服務。",
        ),
        (
            "For twenty years Silk & Sea has moved exhibition goods for Macao companies to trade fairs across China, including the CIIE. We handle ATA carnets, temporary-import guarantees and return shipping, so exhibitors only have to think about selling. Regular sailings link Macao with Brazil and Angola via Singapore.",
            "Há vinte anos que a Seda e Mar transporta mercadorias de exposição de empresas de Macau para feiras em toda a China, incluindo a CIIE. Tratamos de cadernetas ATA, garantias de importação temporária e do transporte de regresso, para que os expositores só tenham de pensar em vender. Há ligações marítimas regulares entre Macau, o Brasil e Angola via Singapura.",
            "絲海貨運二十年來為澳門企業運送展品至全國各地展會，包括進博會。我們代辦ATA單證冊、暫時進口擔保及回運，讓參展商專注銷售。定期航線經新加坡連接澳門與巴西及安哥拉。",
        ),
        (),
        C(
            "Tang Kuok Keong",
            "鄧國強",
            "general-manager-m",
            "booking@silksea.example.mo",
            "+853 2872 3390",
            None,
            "silksea_mo",
        ),
    ),
    E(
        "azulejo-design-studio",
        "services",
        "MO",
        ("creative-design",),
        "AZ",
        ("Azulejo Design Studio", "Estúdio de Design Azulejo", "花磚設計工作室"),
        (
            "Brand identity and packaging that speaks to Chinese and Lusophone consumers.",
            "Identidade de marca e embalagens que falam a consumidores chineses e lusófonos.",
            "打造同時打動中國及葡語消費者的品牌形象與包裝。",
        ),
        (
            "Our designers in Macao and Lisbon create bilingual brand identities, packaging and exhibition graphics, drawing on the blue-and-white azulejo tradition shared by both cultures. Clients range from family bakeries to wine estates and public campaigns. We also adapt Portuguese brands for Chinese social media.",
            "Os nossos designers em Macau e Lisboa criam identidades de marca bilingues, embalagens e grafismo para exposições, inspirados na tradição do azulejo azul e branco partilhada pelas duas culturas. Os clientes vão de pastelarias familiares a quintas vinícolas e campanhas públicas. Adaptamos também marcas portuguesas às redes sociais chinesas.",
            "我們在澳門及里斯本的設計師創作雙語品牌形象、包裝及展覽平面設計，靈感來自兩種文化共有的藍白花磚傳統。客戶涵蓋家族餅家、葡萄酒莊及政府宣傳活動。我們亦協助葡萄牙品牌進軍中國社交媒體。",
        ),
        (
            P(
                "bilingual-packaging",
                ("Bilingual packaging design", "Design de embalagens bilingues", "雙語包裝設計"),
                None,
                "azulejo",
            ),
        ),
        C(
            "Sofia Ribeiro",
            "蘇菲亞·利貝羅",
            "creative-director-f",
            "sofia@azulejodesign.example.mo",
            "+853 6629 0815",
            "https://azulejodesign.example.mo",
            "azulejostudio",
        ),
    ),
    E(
        "macao-heritage-walks",
        "services",
        "MO",
        ("tourism-leisure", "culture-sports"),
        "文遺",
        ("Macao Heritage Walks", "Passeios Património de Macau", "澳門文遺漫步"),
        (
            "Guided walks and cultural experiences in Macao's historic centre.",
            "Passeios guiados e experiências culturais no centro histórico de Macau.",
            "澳門歷史城區導賞及文化體驗。",
        ),
        (
            "Licensed guides lead small groups through temples, churches and Portuguese squares, with stops for almond cookies and Macanese snacks. Themed walks cover architecture, Macanese cuisine and the Maritime Silk Road. Tours run in Mandarin, Cantonese, Portuguese and English and can be booked for business delegations.",
            "Guias credenciados conduzem pequenos grupos por templos, igrejas e largos portugueses, com paragens para bolinhos de amêndoa e petiscos macaenses. Os passeios temáticos abordam a arquitetura, a gastronomia macaense e a Rota Marítima da Seda. Realizam-se em mandarim, cantonês, português e inglês e podem ser reservados para delegações empresariais.",
            "持牌導遊帶領小團穿梭廟宇、教堂及葡式前地，途中品嚐杏仁餅及土生小食。主題路線涵蓋建築、土生葡人美食及海上絲綢之路。導賞以普通話、粵語、葡語及英語進行，可為商務代表團預約。",
        ),
        (
            P(
                "historic-centre-walk",
                (
                    "Historic centre walking tour",
                    "Passeio a pé pelo centro histórico",
                    "歷史城區步行導賞",
                ),
                None,
                "walk-map",
            ),
        ),
        C(
            "Cheng Chi Cheng",
            "程子晴",
            "operations-manager-f",
            "tours@heritagewalks.example.mo",
            "+853 6611 2938",
            "https://heritagewalks.example.mo",
            "mowalks",
        ),
    ),
    E(
        "harbour-jade-hotels",
        "services",
        "MO",
        ("tourism-leisure", "convention-exhibition"),
        "HJ",
        ("Harbour Jade Hotels", "Hotéis Jade do Porto", "港翠酒店集團"),
        (
            "Business hotels with meeting space in Macao and Hengqin.",
            "Hotéis de negócios com espaços para reuniões em Macau e Hengqin.",
            "位於澳門及橫琴、設有會議空間的商務酒店。",
        ),
        (
            "Our three hotels offer 900 rooms and 24 meeting rooms, a few minutes from the Macao and Hengqin border checkpoints. Event planners get a single contact for room blocks, banquets and audiovisual support at every property. Special rates apply to exhibitors and buyers met at the Expo.",
            "Os nossos três hotéis oferecem 900 quartos e 24 salas de reuniões, a poucos minutos dos postos fronteiriços de Macau e Hengqin. Os organizadores de eventos têm um único contacto para blocos de quartos, banquetes e apoio audiovisual em todos os hotéis. Há tarifas especiais para expositores e compradores conhecidos na Exposição.",
            "旗下三間酒店共有900間客房及24間會議室，距澳門及橫琴口岸僅數分鐘車程。活動策劃者只需一位聯絡人，即可安排各酒店的團體客房、宴會及影音支援。在進博會上結識的參展商及買家可享特別優惠。",
        ),
        (
            P(
                "meeting-package",
                ("Day meeting package", "Pacote de reunião diário", "全日會議套餐"),
            ),
        ),
        C(
            "Lo Man Fai",
            "羅文輝",
            "sales-director-m",
            "meetings@harbourjade.example.mo",
            "+853 2882 6600",
            "https://harbourjade.example.mo",
        ),
    ),
    E(
        "pearl-river-ai-lab",
        "services",
        "MO",
        ("high-tech",),
        "AI",
        ("Pearl River AI Lab", "Laboratório de IA Rio das Pérolas", "珠江智能實驗室"),
        (
            "AI translation and speech tools for Chinese–Portuguese business.",
            "Ferramentas de tradução e voz com IA para negócios entre o chinês e o português.",
            "為中葡商務而設的人工智能翻譯及語音工具。",
        ),
        (
            "Spun out of a Macao university research group, we train translation models on legal, trade and medical texts in Chinese and Portuguese. Our meeting assistant transcribes and translates conversations in real time, on the device itself, to keep them confidential. Pilot projects are under way with law firms and hospitals in Macao and Hengqin.",
            "Nascidos de um grupo de investigação universitário de Macau, treinamos modelos de tradução com textos jurídicos, comerciais e médicos em chinês e português. O nosso assistente de reuniões transcreve e traduz conversas em tempo real, no próprio dispositivo, para garantir a confidencialidade. Há projetos-piloto em curso com escritórios de advogados e hospitais de Macau e Hengqin.",
            "我們源自澳門一所大學的研究團隊，以中葡法律、商貿及醫學文本訓練翻譯模型。會議助手可在裝置上實時轉錄及翻譯對話，確保資料保密。現正與澳門及橫琴的律師事務所和醫院開展試點項目。",
        ),
        (
            P(
                "meeting-translator",
                (
                    "Real-time meeting translator",
                    "Tradutor de reuniões em tempo real",
                    "實時會議翻譯器",
                ),
                None,
                "translator",
            ),
        ),
        C(
            "Un Pui San",
            "袁佩珊",
            "cofounder-f",
            "hello@pearlriver-ai.example.mo",
            "+853 6577 3014",
            "https://pearlriver-ai.example.mo",
            "prailab",
        ),
    ),
    E(
        "hengqin-tcm-innovation",
        "services",
        "MO",
        ("traditional-chinese-medicine", "high-tech"),
        "中醫",
        (
            "Hengqin TCM Innovation Centre",
            "Centro de Inovação em Medicina Chinesa de Hengqin",
            "橫琴中醫藥創新中心",
        ),
        (
            "Registration, testing and R&D for TCM products bound for Lusophone markets.",
            "Registo, ensaios e I&D para produtos de medicina chinesa destinados aos mercados lusófonos.",
            "為進入葡語國家市場的中醫藥產品提供註冊、檢測及研發服務。",
        ),
        (
            "Based in the Guangdong–Macao In-Depth Cooperation Zone, we help Chinese-medicine manufacturers meet quality standards and register products in Mozambique, Brazil, Portugal and other markets. Our laboratory tests herbs for heavy metals and pesticides and authenticates them by DNA barcoding. We also train Chinese-medicine practitioners from Portuguese-speaking countries.",
            "Sediados na Zona de Cooperação Aprofundada entre Guangdong e Macau, ajudamos fabricantes de medicina chinesa a cumprir normas de qualidade e a registar produtos em Moçambique, no Brasil, em Portugal e noutros mercados. O nosso laboratório analisa ervas quanto a metais pesados e pesticidas e autentica-as por código de barras de ADN. Damos também formação a profissionais de medicina chinesa dos países de língua portuguesa.",
            "本中心位於橫琴粵澳深度合作區，協助中藥生產商達到質量標準，並在莫桑比克、巴西、葡萄牙等市場註冊產品。實驗室提供藥材重金屬及農藥殘留檢測，以及DNA條碼鑑定。我們亦為葡語國家的中醫從業人員舉辦培訓。",
        ),
        (
            P(
                "herb-testing",
                ("Herb quality testing", "Análise de qualidade de ervas", "藥材質量檢測"),
                None,
                "lab",
            ),
            P(
                "registration-support",
                ("Product registration support", "Apoio ao registo de produtos", "產品註冊支援"),
            ),
        ),
        C(
            "Pang Chi Wai",
            "彭志偉",
            "centre-director-m",
            "tcm@hqtcm.example.mo",
            "+86 756 889 5120",
            "https://hqtcm.example.mo",
            "hqtcm_centre",
        ),
    ),
    E(
        "senado-square-advisory",
        "services",
        "MO",
        ("finance", "legal-services"),
        "SA",
        ("Senado Square Advisory", "Consultoria Largo do Senado", "議事亭顧問"),
        (
            "Accounting, tax and company-secretarial services for foreign investors.",
            "Contabilidade, fiscalidade e secretariado de empresas para investidores estrangeiros.",
            "為外地投資者提供會計、稅務及公司秘書服務。",
        ),
        (
            "We keep the books of more than 400 small and medium-sized companies in Macao, many of them founded by entrepreneurs from Portuguese-speaking countries. Our accountants file tax returns in Macao and Hengqin and advise on cross-border structures. Monthly packages are priced for start-ups.",
            "Tratamos da contabilidade de mais de 400 pequenas e médias empresas em Macau, muitas delas fundadas por empresários dos países de língua portuguesa. Os nossos contabilistas preparam as declarações fiscais em Macau e em Hengqin e aconselham sobre estruturas transfronteiriças. Os pacotes mensais têm preços pensados para startups.",
            "我們為澳門逾400家中小企業處理賬目，其中不少由葡語國家企業家創辦。會計師團隊負責澳門及橫琴的報稅，並就跨境架構提供意見。每月套餐價格專為初創企業而設。",
        ),
        (),
        C(
            "Loi Si Man",
            "雷詩敏",
            "partner-f",
            "advisory@senadosquare.example.mo",
            "+853 2835 1177",
        ),
    ),
    E(
        "pista-sports-events",
        "services",
        "MO",
        ("culture-sports", "tourism-leisure"),
        "PS",
        ("Pista Sports Events", "Pista – Eventos Desportivos", "賽道體育賽事"),
        (
            "Organiser of marathons, dragon-boat races and international youth tournaments.",
            "Organizador de maratonas, regatas de barcos-dragão e torneios juvenis internacionais.",
            "籌辦馬拉松、龍舟賽及國際青少年錦標賽。",
        ),
        (
            "Pista brings sport and tourism together, creating events that fill hotels in Macao and Hengqin outside the peak season. We manage permits, timing, athlete services and broadcasting for events of up to 15,000 participants. Our flagship project is a Lusophone youth football cup.",
            "A Pista junta desporto e turismo, criando eventos que enchem os hotéis de Macau e Hengqin fora da época alta. Tratamos de licenças, cronometragem, serviços aos atletas e transmissão para eventos de até 15 000 participantes. O nosso projeto de referência é uma taça de futebol juvenil lusófona.",
            "賽道體育將體育與旅遊結合，籌辦在淡季亦能帶動澳門及橫琴酒店入住的活動。我們為最多一萬五千人參與的賽事處理審批、計時、運動員服務及轉播。葡語國家青少年足球盃是我們的旗艦項目。",
        ),
        (),
        C(
            "Tou Ka Hou",
            "杜家豪",
            "event-director-m",
            "info@pista.example.mo",
            "+853 6624 5502",
            "https://pista.example.mo",
            "pistasports",
        ),
    ),
    E(
        "sino-lusa-translation",
        "services",
        "MO",
        ("legal-services", "convention-exhibition"),
        "中葡",
        ("Sino-Lusa Translation", "Tradução Sino-Lusa", "中葡通翻譯"),
        (
            "Certified Chinese–Portuguese translation and conference interpreting.",
            "Tradução certificada chinês–português e interpretação de conferência.",
            "中葡認證翻譯及會議傳譯。",
        ),
        (
            "Our team of 35 translators and interpreters works on contracts, product labels, websites and official documents in Chinese, Portuguese and English. Simultaneous interpreters and booths are available for conferences and business-matching sessions. Urgent translations can be delivered within 24 hours.",
            "A nossa equipa de 35 tradutores e intérpretes trabalha em contratos, rótulos de produtos, sítios web e documentos oficiais em chinês, português e inglês. Disponibilizamos intérpretes de simultânea e cabinas para conferências e sessões de bolsa de negócios. As traduções urgentes podem ser entregues em 24 horas.",
            "我們由35名筆譯及口譯員組成，處理中、葡、英三語的合同、產品標籤、網站及官方文件。可為會議及商貿配對活動提供同聲傳譯員及傳譯室。急件翻譯可於24小時內完成。",
        ),
        (
            P(
                "certified-translation",
                (
                    "Certified document translation",
                    "Tradução certificada de documentos",
                    "文件認證翻譯",
                ),
            ),
        ),
        C(
            "Beatriz Lemos",
            "貝亞特麗斯·萊莫斯",
            "project-manager-f",
            "projects@sinolusa.example.mo",
            "+853 6634 9081",
            "https://sinolusa.example.mo",
        ),
    ),
    E(
        "neon-lane-studios",
        "services",
        "MO",
        ("creative-design", "culture-sports"),
        "NL",
        ("Neon Lane Studios", "Estúdios Travessa Néon", "霓虹巷數碼"),
        (
            "Video, animation and livestream production for brands and events.",
            "Produção de vídeo, animação e transmissões em direto para marcas e eventos.",
            "為品牌及活動製作影片、動畫及直播。",
        ),
        (
            "From product videos for e-commerce to multi-camera livestreams of trade fairs, Neon Lane produces content in Chinese and Portuguese. Our studio, in a former pawnshop building in Macao, is also available for hire. We recently produced a documentary series on coffee growers in Timor-Leste and São Tomé.",
            "De vídeos de produto para comércio eletrónico a transmissões em direto de feiras com várias câmaras, a Travessa Néon produz conteúdos em chinês e português. O nosso estúdio, num antigo edifício de casa de penhores em Macau, também está disponível para aluguer. Produzimos recentemente uma série documental sobre produtores de café em Timor-Leste e São Tomé.",
            "由電商產品影片到展會多機位直播，霓虹巷數碼以中葡雙語製作內容。我們位於澳門舊當舖建築內的攝影棚亦可供租用。近期製作了關於東帝汶及聖多美咖啡種植者的紀錄片系列。",
        ),
        (
            P(
                "livestream-production",
                ("Livestream production", "Produção de transmissões em direto", "直播製作"),
                None,
                "camera",
            ),
        ),
        C(
            "Kam Chi Hin",
            "甘子軒",
            "producer-m",
            "studio@neonlane.example.mo",
            "+853 6281 4470",
            "https://neonlane.example.mo",
            "neonlane",
        ),
    ),
    E(
        "atelier-tejo",
        "services",
        "PT",
        ("creative-design",),
        "AT",
        ("Atelier Tejo Architects", "Atelier Tejo Arquitetura", "特茹建築工作室"),
        (
            "Lisbon architects designing hotels, museums and pavilions in Asia.",
            "Arquitetos de Lisboa a projetar hotéis, museus e pavilhões na Ásia.",
            "在亞洲設計酒店、博物館及展館的里斯本建築師事務所。",
        ),
        (
            "Atelier Tejo combines Portuguese crafts such as cork, stone and azulejo with sustainable design in projects across Asia. Our portfolio includes boutique hotels, a maritime museum and several national pavilions at international expos. We are looking for partners in Macao and Hengqin for urban-renewal and cultural projects.",
            "O Atelier Tejo alia o saber-fazer português, como a cortiça, a pedra e o azulejo, ao design sustentável em projetos por toda a Ásia. O nosso portefólio inclui hotéis de charme, um museu marítimo e vários pavilhões nacionais em exposições internacionais. Procuramos parceiros em Macau e Hengqin para projetos de reabilitação urbana e culturais.",
            "特茹建築工作室將軟木、石材及花磚等葡萄牙工藝與可持續設計結合，項目遍佈亞洲。作品包括精品酒店、一座海事博物館及多個國際博覽會國家館。現誠徵澳門及橫琴合作夥伴，共同開展城市更新及文化項目。",
        ),
        (
            P(
                "cork-acoustic-panels",
                ("Cork acoustic panels", "Painéis acústicos de cortiça", "軟木吸音板"),
                "PT",
                "cork",
            ),
        ),
        C(
            "Marta Vieira",
            "瑪爾塔·維埃拉",
            "partner-f",
            "marta.vieira@ateliertejo.example.pt",
            "+351 912 345 608",
            "https://ateliertejo.example.pt",
        ),
    ),
)


# --------------------------------------------------------------------------- qualifying questions

# Exhibitor id → its questions: (id, type, required, text, [(choice id, text), ...]).
QUESTIONS: dict[str, list[tuple[str, str, bool, Tri, list[tuple[str, Tri]]]]] = {
    "vinhos-do-douro": [
        (
            "buyer-type",
            "single",
            False,  # optional: business matching books this exhibitor from the form
            (
                "Which best describes your business?",
                "Qual descreve melhor a sua empresa?",
                "哪項最能描述貴公司？",
            ),
            [
                (
                    "importer",
                    ("Importer or distributor", "Importador ou distribuidor", "進口商或分銷商"),
                ),
                (
                    "retail",
                    ("Retail or e-commerce", "Retalho ou comércio eletrónico", "零售或電子商務"),
                ),
                (
                    "horeca",
                    ("Hotel, restaurant or café", "Hotelaria e restauração", "酒店、餐廳或咖啡店"),
                ),
            ],
        ),
        (
            "volume",
            "single",
            False,
            ("Yearly volume you expect", "Volume anual previsto", "預計每年採購量"),
            [
                ("under-1k", ("Under 1,000 bottles", "Menos de 1000 garrafas", "少於1,000瓶")),
                (
                    "1k-10k",
                    ("1,000 to 10,000 bottles", "1000 a 10 000 garrafas", "1,000至10,000瓶"),
                ),
                ("over-10k", ("Over 10,000 bottles", "Mais de 10 000 garrafas", "超過10,000瓶")),
            ],
        ),
    ],
    "sao-tome-cacau": [
        (
            "products",
            "multiple",
            False,
            (
                "Which products interest you?",
                "Que produtos lhe interessam?",
                "您對哪些產品感興趣？",
            ),
            [
                ("beans", ("Cocoa beans", "Cacau em grão", "可可豆")),
                ("chocolate", ("Chocolate bars", "Tabletes de chocolate", "朱古力")),
                ("coffee", ("Coffee", "Café", "咖啡")),
            ],
        ),
        (
            "timeline",
            "text",
            False,
            (
                "When would you like to place a first order?",
                "Quando gostaria de fazer uma primeira encomenda?",
                "您打算何時首次下單？",
            ),
            [],
        ),
    ],
    "avenida-pay": [
        (
            "monthly-volume",
            "single",
            True,
            ("Monthly card volume", "Volume mensal em cartões", "每月刷卡金額"),
            [
                ("small", ("Under MOP 100,000", "Menos de 100 000 patacas", "少於澳門元100,000")),
                (
                    "medium",
                    (
                        "MOP 100,000 to 1 million",
                        "100 000 a 1 milhão de patacas",
                        "澳門元100,000至100萬",
                    ),
                ),
                ("large", ("Over MOP 1 million", "Mais de 1 milhão de patacas", "超過澳門元100萬")),
            ],
        ),
        (
            "wallets",
            "multiple",
            False,
            (
                "Which wallets must you accept?",
                "Que carteiras tem de aceitar?",
                "您必須接受哪些電子錢包？",
            ),
            [
                ("wechat-pay", ("WeChat Pay", "WeChat Pay", "微信支付")),
                ("alipay", ("Alipay", "Alipay", "支付寶")),
                ("mpay", ("MPay", "MPay", "MPay")),
            ],
        ),
        (
            "go-live",
            "text",
            False,
            ("When do you want to go live?", "Quando quer começar?", "您希望何時開始使用？"),
            [],
        ),
    ],
}

# Exhibitor id → what its (fictional) WeChat or WeCom "Contact me" code holds.
CONTACT_CODES: dict[str, str] = {
    "vinhos-do-douro": "https://u.wechat.com/sample-vinhos-douro",
    "avenida-pay": "https://work.weixin.qq.com/u/sample-avenida-pay",
    "pearl-river-ai-lab": "https://u.wechat.com/sample-pearl-river-ai",
}

"""A small event in four languages, written straight into the content tables for Qt tests.

It stands in for an imported content pack: two pavilions, sectors and exhibitors with Chinese,
Portuguese and English texts, and real PNG images in the content folder.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from kiosk.data.models import Contact, Event, Exhibitor, Pavilion, Product, Sector
from kiosk.data.settings_repo import ACTIVE_EVENT, set_setting

EVENT_ID = "ciie-test"

# The lead form's consent block: two required purposes and an optional one, in four languages.
CONSENT = {
    "version": "2023-11-01",
    "controller": {
        "en": "Macao Trade and Investment Promotion Institute",
        "pt": "Instituto de Promoção do Comércio e do Investimento de Macau",
        "zh-Hant": "澳門貿易投資促進局",
        "zh-Hans": "澳门贸易投资促进局",
    },
    "notice": {
        "en": "The organiser collects the details you enter to put you in touch with the "
        "exhibitors you choose. Write to privacy@example.org to withdraw your consent.",
        "pt": "O organizador recolhe os dados que introduz para o pôr em contacto com os "
        "expositores que escolher. Escreva para privacy@example.org para retirar o consentimento.",
        "zh-Hant": "主辦單位收集您輸入的資料，以便為您與所選參展商建立聯繫。"
        "如需撤回同意，請電郵至 privacy@example.org。",
        "zh-Hans": "主办单位收集您填写的信息，以便为您与所选参展商建立联系。"
        "如需撤回同意，请发送电子邮件至 privacy@example.org。",
    },
    "purposes": [
        {
            "id": "share-with-exhibitors",
            "required": True,
            "text": {
                "en": "Share my details with the exhibitors I selected.",
                "pt": "Partilhar os meus dados com os expositores que selecionei.",
                "zh-Hant": "同意將我的資料提供予我所選擇的參展商。",
                "zh-Hans": "同意将我的信息提供给我选择的参展商。",
            },
        },
        {
            "id": "transfer-to-macao",
            "required": True,
            "text": {
                "en": "Transfer my details to the organiser in Macao.",
                "pt": "Transferir os meus dados para o organizador em Macau.",
                "zh-Hant": "同意將我的資料傳送至澳門的主辦單位。",
                "zh-Hans": "同意将我的信息传输至澳门的主办单位。",
            },
        },
        {
            "id": "organiser-news",
            "required": False,
            "text": {
                "en": "Send me news of future events.",
                "pt": "Enviar-me notícias de futuros eventos.",
                "zh-Hant": "向我發送日後活動的資訊。",
                "zh-Hans": "向我发送今后活动的信息。",
            },
        },
    ],
}


def _png(path: Path, size: tuple[int, int], colour: str, text: str = "") -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", size, colour)
    if text:
        ImageDraw.Draw(image).text((size[0] // 3, size[1] // 3), text, fill="white")
    image.save(path)
    return path.name


# Porto Wines' qualifying questions, as an imported pack stores them.
PORTO_QUESTIONS = [
    {
        "id": "buyer",
        "type": "single",
        "required": True,
        "text": {"en": "Which best describes you?", "pt": "Qual o descreve melhor?"},
        "choices": [
            {"id": "importer", "text": {"en": "Importer", "pt": "Importador"}},
            {"id": "retail", "text": {"en": "Retail", "zh-Hant": "零售"}},
        ],
    },
    {"id": "volume", "type": "text", "required": False, "text": {"en": "Yearly volume?"}},
]


def insert_sample_event(sessions, content_dir: Path) -> str:
    images = content_dir / EVENT_ID
    attract = [
        f"{EVENT_ID}/{_png(images / f'attract-{i}.png', (640, 360), c)}"
        for i, c in enumerate(("#0B5D5B", "#C8102E"))
    ]
    logo = f"{EVENT_ID}/{_png(images / 'logo-tea.png', (200, 200), '#B8860B', 'TEA')}"
    with sessions.begin() as session:
        event = Event(
            id=EVENT_ID,
            name={
                "en": "6th China International Import Expo",
                "pt": "6.ª Exposição Internacional de Importação da China",
                "zh-Hant": "第六屆中國國際進口博覽會",
                "zh-Hans": "第六届中国国际进口博览会",
            },
            venue={
                "en": "National Exhibition and Convention Center (Shanghai)",
                "pt": "Centro Nacional de Exposições e Convenções (Xangai)",
                "zh-Hant": "國家會展中心（上海）",
                "zh-Hans": "国家会展中心（上海）",
            },
            starts=date(2023, 11, 5),
            ends=date(2023, 11, 10),
            timezone="Asia/Shanghai",
            organizer={
                "name": {
                    "en": "Macao Trade and Investment Promotion Institute",
                    "pt": "Instituto de Promoção do Comércio e do Investimento de Macau",
                    "zh-Hant": "澳門貿易投資促進局",
                    "zh-Hans": "澳门贸易投资促进局",
                },
                "email": "info@example.org",
                "phone": "+85328710300",
                "website": "https://www.example.org",
            },
            brand={
                "name": "MICE² Macao x Hengqin",
                "tagline": {
                    "en": "Where East meets the Portuguese-speaking world",
                    "pt": "Onde o Oriente encontra o mundo lusófono",
                    "zh-Hant": "連接中國與葡語國家的橋樑",
                    "zh-Hans": "连接中国与葡语国家的桥梁",
                },
                "attract": attract,
            },
            consent=CONSENT,
            content_sha256="0" * 64,
            source_path=str(content_dir),
        )
        food = Pavilion(
            slug="food",
            name={
                "en": "Food and Drinks",
                "zh-Hant": "食品及飲品館",
                "zh-Hans": "食品及饮品馆",
                "pt": "Alimentos e Bebidas",
            },
            position=0,
        )
        services = Pavilion(
            slug="services",
            name={
                "en": "Professional Services",
                "zh-Hant": "專業服務館",
                "zh-Hans": "专业服务馆",
                "pt": "Serviços Profissionais",
            },
            position=1,
        )
        sector = Sector(
            slug="food-beverage",
            name={"en": "Food and beverages", "zh-Hant": "食品及飲品"},
            position=0,
        )
        event.pavilions = [food, services]
        event.sectors = [sector]
        tea = Exhibitor(
            slug="macau-tea-co",
            name={
                "zh-Hant": "澳門茗茶有限公司",
                "zh-Hans": "澳门茗茶有限公司",
                "en": "Macau Tea Co. Ltd.",
                "pt": "Chá de Macau, Lda.",
            },
            pavilion=food,
            country="MO",
            booth_code="F-12",
            summary={
                "en": "Fine teas blended in Macao since 1920",
                "pt": "Chás finos lotados em Macau desde 1920",
                "zh-Hant": "自1920年起在澳門拼配的優質茗茶",
                "zh-Hans": "自1920年起在澳门拼配的优质茗茶",
            },
            logo_path=logo,
            position=0,
            sectors=[sector],
        )
        tea.products = [Product(name={"pt": "Chá preto"}, origin="MO", position=0)]
        tea.contact = Contact(person={"en": "Chan Tai Man"}, email="sales@example.mo")
        porto = Exhibitor(
            slug="vinhos-do-porto",
            name={
                "pt": "Vinhos do Porto S.A.",
                "en": "Porto Wines",
                "zh-Hant": "波爾圖葡萄酒",
                "zh-Hans": "波尔图葡萄酒",
            },
            pavilion=food,
            country="PT",
            summary={
                "pt": "Vinho do Porto de quintas familiares no Douro",
                "en": "Port wine from family estates in the Douro",
            },
            position=1,
            questions=PORTO_QUESTIONS,
        )
        lawyers = Exhibitor(
            slug="lusofonia-legal",
            name={
                "pt": "Lusofonia Advogados",
                "en": "Lusofonia Legal",
                "zh-Hans": "葡语法律事务所",
            },
            pavilion=services,
            country="BR",
            summary={"en": "Cross-border legal services for Brazil and China"},
            position=2,
        )
        event.exhibitors = [tea, porto, lawyers]
        session.add(event)
        set_setting(session, ACTIVE_EVENT, EVENT_ID)
    return EVENT_ID

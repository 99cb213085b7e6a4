<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>AboutScreen</name>
    <message>
        <source>Browse the exhibitors of the pavilions, save their contact details with your phone camera, and leave yours for business matching.</source>
        <translation>Conheça os expositores dos pavilhões, guarde os contactos deles com a câmara do telemóvel e deixe os seus para encontros de negócios.</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>O evento</translation>
    </message>
    <message>
        <source>No event has been loaded yet.</source>
        <translation>Ainda não foi carregado nenhum evento.</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Entidade organizadora</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <translation>Toque para começar</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Exhibitors</source>
        <translation>Expositores</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>A mostrar %1 de %2</translation>
    </message>
    <message>
        <source>Showing all %1</source>
        <translation>Todos os expositores: %1</translation>
    </message>
    <message>
        <source>Search names, products, sectors</source>
        <translation>Pesquisar nomes, produtos, setores</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a pesquisa</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Pavilion</source>
        <translation>Pavilhão</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>País ou região</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>No exhibitors match your search.</source>
        <translation>Nenhum expositor corresponde à sua pesquisa.</translation>
    </message>
    <message>
        <source>The exhibitor list is not loaded yet.</source>
        <translation>A lista de expositores ainda não foi carregada.</translation>
    </message>
    <message>
        <source>Try another spelling, or clear the search and filters to see every exhibitor.</source>
        <translation>Experimente outra grafia, ou limpe a pesquisa e os filtros para ver todos os expositores.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Limpar pesquisa e filtros</translation>
    </message>
</context>
<context>
    <name>ExhibitorCard</name>
    <message>
        <source>Booth %1</source>
        <translation>Stand %1</translation>
    </message>
</context>
<context>
    <name>ExhibitorScreen</name>
    <message>
        <source>Booth %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>I&apos;m interested</source>
        <translation>Tenho interesse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>WeChat: %1</source>
        <translation>WeChat: %1</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origem: %1</translation>
    </message>
    <message>
        <source>Find us</source>
        <translation>Onde estamos</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Ver no mapa</translation>
    </message>
</context>
<context>
    <name>FeaturedCard</name>
    <message>
        <source>Featured exhibitor</source>
        <translation>Expositor em destaque</translation>
    </message>
    <message>
        <source>Booth %1</source>
        <translation>Stand %1</translation>
    </message>
</context>
<context>
    <name>FilterGroup</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Bem-vindos</translation>
    </message>
    <message>
        <source>Exhibitors</source>
        <translation>Expositores</translation>
    </message>
    <message>
        <source>Companies from Macao and the Portuguese-speaking countries</source>
        <translation>Empresas de Macau e dos países de língua portuguesa</translation>
    </message>
    <message>
        <source>Products from Portuguese-speaking countries</source>
        <translation>Produtos dos países de língua portuguesa</translation>
    </message>
    <message>
        <source>Pavilion map</source>
        <translation>Mapa do pavilhão</translation>
    </message>
    <message>
        <source>Find a booth</source>
        <translation>Encontrar um stand</translation>
    </message>
    <message>
        <source>Business matching</source>
        <translation>Encontros de negócios</translation>
    </message>
    <message>
        <source>Leave your contact</source>
        <translation>Deixe os seus contactos</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre nós</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Ainda está aí?</translation>
    </message>
    <message>
        <source>For your privacy the kiosk will start over and clear what you entered.</source>
        <translation>Para proteger a sua privacidade, o quiosque vai recomeçar e apagar o que introduziu.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Ainda estou aqui</translation>
    </message>
</context>
<context>
    <name>LeadFormScreen</name>
    <message>
        <source>Business matching</source>
        <translation>Encontros de negócios</translation>
    </message>
    <message>
        <source>Leave your details and the exhibitors you are interested in can contact you during and after the expo.</source>
        <translation>Deixe os seus dados e os expositores que lhe interessam poderão contactá-lo durante e depois da feira.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre si</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>País ou região</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Telemóvel</translation>
    </message>
    <message>
        <source>Please give an email address or a mobile phone number, or both.</source>
        <translation>Indique um endereço de e-mail ou um número de telemóvel, ou ambos.</translation>
    </message>
    <message>
        <source>Your interests</source>
        <translation>Os seus interesses</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Setores</translation>
    </message>
    <message>
        <source>Exhibitors you would like to hear from</source>
        <translation>Expositores de quem gostaria de receber contacto</translation>
    </message>
    <message>
        <source>None chosen yet.</source>
        <translation>Ainda não escolheu nenhum.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Add an exhibitor</source>
        <translation>Adicionar expositor</translation>
    </message>
    <message>
        <source>I would like to meet these exhibitors at the expo</source>
        <translation>Gostaria de me reunir com estes expositores na feira</translation>
    </message>
    <message>
        <source>Preferred day</source>
        <translation>Dia preferido</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>Período preferido</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Manhã</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Anything the exhibitors should know? (optional)</source>
        <translation>Algo que os expositores devam saber? (facultativo)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Your consent</source>
        <translation>O seu consentimento</translation>
    </message>
    <message>
        <source>Data controller: %1</source>
        <translation>Responsável pelo tratamento: %1</translation>
    </message>
    <message>
        <source>Tick each box you agree to. The boxes marked &quot;required&quot; must be ticked to send the form: without them we cannot pass your details on to the exhibitors.</source>
        <translation>Assinale cada opção com que concorda. As opções marcadas como «obrigatório» têm de ser assinaladas para enviar o formulário: sem elas não podemos transmitir os seus dados aos expositores.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>More below: the boxes to tick</source>
        <translation>Mais abaixo: as opções a assinalar</translation>
    </message>
    <message>
        <source>Please check the fields marked in red.</source>
        <translation>Verifique os campos assinalados a vermelho.</translation>
    </message>
    <message>
        <source>Send my details</source>
        <translation>Enviar os meus dados</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Pesquisar por nome</translation>
    </message>
    <message>
        <source>Card read: please check your details.</source>
        <translation>Cartão lido: verifique os seus dados.</translation>
    </message>
    <message>
        <source>Leaving your contact details is not possible on this kiosk at the moment. Our staff at the pavilion&apos;s information desk will gladly note them for you.</source>
        <translation>De momento não é possível deixar os seus contactos neste quiosque. A nossa equipa no balcão de informações do pavilhão terá todo o gosto em registá-los.</translation>
    </message>
    <message>
        <source>Browse exhibitors</source>
        <translation>Ver expositores</translation>
    </message>
</context>
<context>
    <name>LeadLabel</name>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
</context>
<context>
    <name>LeadMessages</name>
    <message>
        <source>Please enter your name.</source>
        <translation>Introduza o seu nome.</translation>
    </message>
    <message>
        <source>Please shorten your name to %1 characters.</source>
        <translation>Encurte o nome para %1 caracteres, no máximo.</translation>
    </message>
    <message>
        <source>Please shorten the company name to %1 characters.</source>
        <translation>Encurte o nome da empresa para %1 caracteres, no máximo.</translation>
    </message>
    <message>
        <source>Please shorten the job title to %1 characters.</source>
        <translation>Encurte o cargo para %1 caracteres, no máximo.</translation>
    </message>
    <message>
        <source>Please check the email address (for example name@example.com).</source>
        <translation>Verifique o endereço de e-mail (por exemplo, nome@exemplo.pt).</translation>
    </message>
    <message>
        <source>This email address is too long.</source>
        <translation>Este endereço de e-mail é demasiado longo.</translation>
    </message>
    <message>
        <source>Please check the phone number and the country or region.</source>
        <translation>Verifique o número de telefone e o país ou região.</translation>
    </message>
    <message>
        <source>Choose your country or region, or start the number with +.</source>
        <translation>Escolha o seu país ou região, ou comece o número por +.</translation>
    </message>
    <message>
        <source>This phone number is too long.</source>
        <translation>Este número de telefone é demasiado longo.</translation>
    </message>
    <message>
        <source>Please give an email address or a phone number so that we can reply.</source>
        <translation>Indique um endereço de e-mail ou um número de telefone para que possamos responder-lhe.</translation>
    </message>
    <message>
        <source>Please choose a country or region from the list.</source>
        <translation>Escolha um país ou região da lista.</translation>
    </message>
    <message>
        <source>This sector is not part of the event.</source>
        <translation>Este setor não faz parte do evento.</translation>
    </message>
    <message>
        <source>Please choose at most %1 sectors.</source>
        <translation>Escolha no máximo %1 setores.</translation>
    </message>
    <message>
        <source>This exhibitor is not part of the event.</source>
        <translation>Este expositor não faz parte do evento.</translation>
    </message>
    <message>
        <source>Please choose at most %1 exhibitors.</source>
        <translation>Escolha no máximo %1 expositores.</translation>
    </message>
    <message>
        <source>Choose at least one exhibitor you would like to meet.</source>
        <translation>Escolha pelo menos um expositor com quem gostaria de se reunir.</translation>
    </message>
    <message>
        <source>Please choose a day from the list.</source>
        <translation>Escolha um dia da lista.</translation>
    </message>
    <message>
        <source>Please choose a day between %1 and %2.</source>
        <translation>Escolha um dia entre %1 e %2.</translation>
    </message>
    <message>
        <source>Please choose morning or afternoon.</source>
        <translation>Escolha manhã ou tarde.</translation>
    </message>
    <message>
        <source>Please shorten your message to %1 characters (it has %2).</source>
        <translation>Encurte a mensagem para %1 caracteres, no máximo (tem %2).</translation>
    </message>
    <message>
        <source>This consent is needed: without it we cannot pass your details on for this purpose, so the form cannot be sent.</source>
        <translation>Este consentimento é necessário: sem ele não podemos transmitir os seus dados para esta finalidade, pelo que o formulário não pode ser enviado.</translation>
    </message>
    <message>
        <source>This consent is not part of the event.</source>
        <translation>Este consentimento não faz parte do evento.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Este valor não pode ser utilizado.</translation>
    </message>
    <message>
        <source>Sorry, the kiosk is busy for a moment and could not save your details. Everything you entered is still here: please send it again.</source>
        <translation>Lamentamos, o quiosque está momentaneamente ocupado e não conseguiu guardar os seus dados. Tudo o que introduziu continua aqui: envie-os novamente.</translation>
    </message>
    <message>
        <source>Sorry, your details could not be saved because the kiosk&apos;s storage is full. Everything you entered is still here: please ask a member of staff for help.</source>
        <translation>Lamentamos, não foi possível guardar os seus dados porque o armazenamento do quiosque está cheio. Tudo o que introduziu continua aqui: peça ajuda a um membro da equipa.</translation>
    </message>
    <message>
        <source>Sorry, the kiosk cannot save details at the moment. Everything you entered is still here: please ask a member of staff for help.</source>
        <translation>Lamentamos, o quiosque não consegue guardar dados neste momento. Tudo o que introduziu continua aqui: peça ajuda a um membro da equipa.</translation>
    </message>
    <message>
        <source>Sorry, your details could not be saved just now. Everything you entered is still here: please try again in a moment, or ask a member of staff for help.</source>
        <translation>Lamentamos, não foi possível guardar os seus dados neste momento. Tudo o que introduziu continua aqui: tente novamente daqui a pouco ou peça ajuda a um membro da equipa.</translation>
    </message>
</context>
<context>
    <name>LeadPicker</name>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Nothing matches your search.</source>
        <translation>Nenhum resultado corresponde à pesquisa.</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Pavilion map</source>
        <translation>Mapa do pavilhão</translation>
    </message>
    <message>
        <source>Tap a booth to see who is there. Pinch or use + and − to zoom.</source>
        <translation>Toque num stand para ver quem lá está. Use dois dedos ou + e − para o zoom.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aproximar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Afastar</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Ver o mapa inteiro</translation>
    </message>
    <message>
        <source>No map for this pavilion yet.</source>
        <translation>Ainda não há mapa deste pavilhão.</translation>
    </message>
    <message>
        <source>Booths</source>
        <translation>Stands</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>This part of the kiosk is not available yet.</source>
        <translation>Esta parte do quiosque ainda não está disponível.</translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message>
        <source>Products by origin</source>
        <translation>Produtos por origem</translation>
    </message>
    <message>
        <source>Macao and the Portuguese-speaking countries first</source>
        <translation>Macau e os países de língua portuguesa primeiro</translation>
    </message>
    <message>
        <source>No products listed yet.</source>
        <translation>Ainda não há produtos.</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <source>Scan to open the website</source>
        <translation>Leia o código para abrir o site</translation>
    </message>
    <message>
        <source>Scan to save the contact</source>
        <translation>Leia o código para guardar o contacto</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>Thank you!</source>
        <translation>Obrigado!</translation>
    </message>
    <message>
        <source>Your details have been saved. They will be passed on only as you agreed, and the exhibitors you chose can contact you.</source>
        <translation>Os seus dados foram guardados. Só serão transmitidos nos termos com que concordou, e os expositores que escolheu poderão contactá-lo.</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Entidade organizadora</translation>
    </message>
    <message>
        <source>You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact %1 using the details above.</source>
        <translation>Pode retirar o seu consentimento, ou pedir para consultar, corrigir ou apagar os seus dados, a qualquer momento: contacte %1 através dos contactos acima.</translation>
    </message>
    <message>
        <source>You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact the organiser using the details above.</source>
        <translation>Pode retirar o seu consentimento, ou pedir para consultar, corrigir ou apagar os seus dados, a qualquer momento: contacte a entidade organizadora através dos contactos acima.</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Voltar ao início</translation>
    </message>
    <message>
        <source>Returning to Home in %1 s</source>
        <translation>Regresso ao início dentro de %1 s</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
</context>
</TS>

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
    <name>AccessibilityButton</name>
    <message>
        <source>Standard view</source>
        <translation>Vista normal</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Acessibilidade</translation>
    </message>
    <message>
        <source>Standard view: smaller text, standard colours</source>
        <translation>Vista normal: texto mais pequeno, cores habituais</translation>
    </message>
    <message>
        <source>Accessibility: larger text, high contrast, speech</source>
        <translation>Acessibilidade: texto maior, alto contraste, leitura em voz alta</translation>
    </message>
</context>
<context>
    <name>AgeGate</name>
    <message>
        <source>Thank you for visiting!</source>
        <translation>Obrigado pela sua visita!</translation>
    </message>
    <message>
        <source>Before you leave your details</source>
        <translation>Antes de deixar os seus dados</translation>
    </message>
    <message>
        <source>We do not collect personal details from visitors under %1, so nothing you enter here is asked for or kept. Enjoy the pavilion: you can go on exploring the exhibitors and scan their QR codes.</source>
        <translation>Não recolhemos dados pessoais de visitantes com menos de %1 anos, por isso nada lhe é pedido nem guardado aqui. Aproveite o pavilhão: pode continuar a explorar os expositores e ler os seus códigos QR.</translation>
    </message>
    <message>
        <source>Please tell us your age. We ask for contact details only from visitors aged %1 or older.</source>
        <translation>Diga-nos a sua idade. Só pedimos contactos a visitantes com %1 ou mais anos.</translation>
    </message>
    <message>
        <source>I am %1 or older</source>
        <translation>Tenho %1 anos ou mais</translation>
    </message>
    <message>
        <source>I am under %1</source>
        <translation>Tenho menos de %1 anos</translation>
    </message>
    <message>
        <source>Explore the exhibitors</source>
        <translation>Explorar os expositores</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Início</translation>
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
    <name>CrossBorderFigure</name>
    <message>
        <source>People whose data was sent abroad in %1 (to the recipients named in the consent notice)</source>
        <translation>Pessoas cujos dados foram enviados para o exterior em %1 (aos destinatários indicados no aviso de consentimento)</translation>
    </message>
    <message>
        <source>Under 100,000 people this year: no security assessment or standard contract is needed, but every visitor must still see the notice and agree separately (PIPL Art. 39).</source>
        <translation>Menos de 100 000 pessoas este ano: não é necessária avaliação de segurança nem contrato-tipo, mas cada visitante tem de ver o aviso e dar consentimento separado (art.º 39.º da PIPL).</translation>
    </message>
    <message>
        <source>100,000 people or more this year: a transfer abroad now needs a security assessment or a standard contract (PIPL Art. 38).</source>
        <translation>100 000 pessoas ou mais este ano: uma transferência para o exterior exige agora avaliação de segurança ou contrato-tipo (art.º 38.º da PIPL).</translation>
    </message>
</context>
<context>
    <name>CrossBorderNotice</name>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Os seus dados</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Os seus direitos</translation>
    </message>
    <message>
        <source>This consent sends your data outside mainland China:</source>
        <translation>Este consentimento envia os seus dados para fora da China continental:</translation>
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
        <source>Book a meeting</source>
        <translation>Marcar reunião</translation>
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
    <name>LeadAboutSection</name>
    <message>
        <source>About you</source>
        <translation>Sobre si</translation>
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
</context>
<context>
    <name>LeadConsentPanel</name>
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
</context>
<context>
    <name>LeadCountryField</name>
    <message>
        <source>Country or region</source>
        <translation>País ou região</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
</context>
<context>
    <name>LeadExhibitorChip</name>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
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
        <source>Country or region</source>
        <translation>País ou região</translation>
    </message>
    <message>
        <source>Exhibitors you would like to hear from</source>
        <translation>Expositores de quem gostaria de receber contacto</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Pesquisar por nome</translation>
    </message>
</context>
<context>
    <name>LeadInterestsSection</name>
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
        <source>Add an exhibitor</source>
        <translation>Adicionar expositor</translation>
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
    <name>LeadMatchingWish</name>
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
</context>
<context>
    <name>LeadMessageSection</name>
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
</context>
<context>
    <name>LeadNameField</name>
    <message>
        <source>Family name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Given name(s)</source>
        <translation>Nome próprio</translation>
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
    <name>LeadQuestions</name>
    <message>
        <source>Questions from %1</source>
        <translation>Perguntas de %1</translation>
    </message>
</context>
<context>
    <name>LeadScanNotice</name>
    <message>
        <source>Card read: please check your details.</source>
        <translation>Cartão lido: verifique os seus dados.</translation>
    </message>
</context>
<context>
    <name>LeadUnavailable</name>
    <message>
        <source>Business matching</source>
        <translation>Encontros de negócios</translation>
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
        <source>Pavilion map: pinch, or use + and −, to zoom</source>
        <translation>Mapa do pavilhão: junte ou afaste dois dedos, ou use + e −, para ampliar</translation>
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
    <name>MeetingSection</name>
    <message>
        <source>Meetings at the business matching area</source>
        <translation>Reuniões na área de bolsas de contacto</translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation>Marcar reunião</translation>
    </message>
</context>
<context>
    <name>MeetingSlotPicker</name>
    <message>
        <source>Book a meeting with %1</source>
        <translation>Marcar reunião com %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Time (each meeting lasts one slot)</source>
        <translation>Hora (cada reunião dura um horário)</translation>
    </message>
    <message>
        <source>%1 · Full</source>
        <translation>%1 · Lotado</translation>
    </message>
    <message>
        <source>%1 · You have another meeting</source>
        <translation>%1 · Já tem outra reunião</translation>
    </message>
    <message>
        <source>%1 · Over</source>
        <translation>%1 · Terminado</translation>
    </message>
</context>
<context>
    <name>MeetingsBooked</name>
    <message>
        <source>Your meetings</source>
        <translation>As suas reuniões</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Pending confirmation by staff</source>
        <translation>A aguardar confirmação da equipa</translation>
    </message>
    <message>
        <source>Scan to add the meetings to your phone&apos;s calendar.</source>
        <translation>Leia o código para adicionar as reuniões ao calendário do telemóvel.</translation>
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
        <source>Scan with WeChat to add us</source>
        <translation>Leia com o WeChat para nos adicionar</translation>
    </message>
    <message>
        <source>Scan to save the contact</source>
        <translation>Leia o código para guardar o contacto</translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Mais baixo</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Mais alto</translation>
    </message>
    <message>
        <source>No voice for this language on this PC: speech is off</source>
        <translation>Este PC não tem voz para esta língua: a leitura em voz alta está desligada</translation>
    </message>
</context>
<context>
    <name>StaffAuditPanel</name>
    <message>
        <source>Only failed lead saves</source>
        <translation>Só gravações de contactos falhadas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Ainda não há registos</translation>
    </message>
</context>
<context>
    <name>StaffBarList</name>
    <message>
        <source>Nothing yet</source>
        <translation>Ainda nada</translation>
    </message>
</context>
<context>
    <name>StaffContentPanel</name>
    <message>
        <source>Content packs found</source>
        <translation>Pacotes de conteúdos encontrados</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Procurar de novo</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Escolher uma pasta…</translation>
    </message>
    <message>
        <source>No content pack or workbook found on the USB drives or in the kiosk&apos;s folders. A pack is a folder holding content.json, or an Excel workbook (.xlsx) with its images beside it.</source>
        <translation>Não foi encontrado nenhum pacote de conteúdos nem livro de Excel nas unidades USB nem nas pastas do quiosque. Um pacote é uma pasta com o ficheiro content.json, ou um livro de Excel (.xlsx) com as imagens ao lado.</translation>
    </message>
    <message>
        <source>Choose a content pack folder</source>
        <translation>Escolher a pasta do pacote de conteúdos</translation>
    </message>
    <message>
        <source>Check this folder</source>
        <translation>Verificar esta pasta</translation>
    </message>
    <message>
        <source>Check and load</source>
        <translation>Verificar e carregar</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>A verificar o pacote…</translation>
    </message>
    <message>
        <source>The pack is valid: %1</source>
        <translation>O pacote é válido: %1</translation>
    </message>
    <message>
        <source>The pack has %1 problems. Nothing was changed; the kiosk keeps its content.</source>
        <translation>O pacote tem %1 problemas. Nada foi alterado; o quiosque mantém os conteúdos atuais.</translation>
    </message>
    <message>
        <source>Loading the pack…</source>
        <translation>A carregar o pacote…</translation>
    </message>
    <message>
        <source>Loaded. The kiosk shows the new content. %1</source>
        <translation>Carregado. O quiosque mostra os novos conteúdos. %1</translation>
    </message>
    <message>
        <source>The pack could not be loaded. Nothing was changed.</source>
        <translation>Não foi possível carregar o pacote. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Choose a pack to check it.</source>
        <translation>Escolha um pacote para o verificar.</translation>
    </message>
    <message>
        <source>Load this pack</source>
        <translation>Carregar este pacote</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Where a content problem is (a file, sheet, cell or field) and what it is.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StaffDashboard</name>
    <message>
        <source>Staff mode</source>
        <translation>Modo de funcionários</translation>
    </message>
    <message>
        <source>Closes after %1 minutes without a touch</source>
        <translation>Fecha-se após %1 minutos sem toques</translation>
    </message>
    <message>
        <source>Back to visitor mode</source>
        <translation>Voltar ao modo de visitante</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Wipe leads</source>
        <translation>Apagar contactos</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Recarregar conteúdos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registo de auditoria</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>Fechar o quiosque</translation>
    </message>
    <message>
        <source>Quit the kiosk?</source>
        <translation>Fechar o quiosque?</translation>
    </message>
    <message>
        <source>The kiosk window closes. Visitors cannot use this screen until the kiosk is started again.</source>
        <translation>A janela do quiosque fecha-se. Os visitantes não podem usar este ecrã até o quiosque ser iniciado de novo.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>StaffExportPanel</name>
    <message>
        <source>1. Where to</source>
        <translation>1. Para onde</translation>
    </message>
    <message>
        <source>No USB drive found. Plug one in, or choose a folder.</source>
        <translation>Não foi encontrada nenhuma unidade USB. Ligue uma ou escolha uma pasta.</translation>
    </message>
    <message>
        <source>%1 · read-only</source>
        <translation>%1 · só de leitura</translation>
    </message>
    <message>
        <source>%1 · %2 free</source>
        <translation>%1 · %2 livres</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Escolher uma pasta…</translation>
    </message>
    <message>
        <source>2. What</source>
        <translation>2. O quê</translation>
    </message>
    <message>
        <source>CSV (Excel, any spreadsheet)</source>
        <translation>CSV (Excel, qualquer folha de cálculo)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Livro do Excel</translation>
    </message>
    <message>
        <source>Salesforce import file</source>
        <translation>Ficheiro de importação Salesforce</translation>
    </message>
    <message>
        <source>HubSpot import file</source>
        <translation>Ficheiro de importação HubSpot</translation>
    </message>
    <message>
        <source>All leads, with one file per exhibitor</source>
        <translation>Todos os contactos, com um ficheiro por expositor</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 (%n lead(s))</source>
        <translation>
            <numerusform>Só %1 (%n contacto)</numerusform>
            <numerusform>Só %1 (%n contactos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported and checked: %n lead(s)</source>
        <translation>
            <numerusform>Exportado e verificado: %n contacto</numerusform>
            <numerusform>Exportados e verificados: %n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Escolher uma pasta</translation>
    </message>
    <message>
        <source>Export to this folder</source>
        <translation>Exportar para esta pasta</translation>
    </message>
    <message>
        <source>3. Export</source>
        <translation>3. Exportar</translation>
    </message>
    <message>
        <source>Choose where to export first.</source>
        <translation>Escolha primeiro para onde exportar.</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>All leads; every file is read back and checked before it counts as exported.</source>
        <translation>Todos os contactos; cada ficheiro é lido de novo e verificado antes de contar como exportado.</translation>
    </message>
    <message>
        <source>Only the leads who chose %1 and agreed to share their details with exhibitors.</source>
        <translation>Só os contactos que escolheram %1 e aceitaram partilhar os seus dados com os expositores.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reading the files back to check them…</source>
        <translation>A ler os ficheiros de novo para os verificar…</translation>
    </message>
    <message>
        <source>Writing one file per exhibitor…</source>
        <translation>A escrever um ficheiro por expositor…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>A terminar…</translation>
    </message>
    <message>
        <source>Writing the leads…</source>
        <translation>A escrever os contactos…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Pasta: %1</translation>
    </message>
    <message>
        <source>This folder is on the kiosk&apos;s own disk, not on a drive: wiping leads does not count this export.</source>
        <translation>Esta pasta está no disco do próprio quiosque, não numa unidade: esta exportação não conta para apagar contactos.</translation>
    </message>
    <message>
        <source>Unfinished exports found on the drive and removed: %1</source>
        <translation>Exportações inacabadas encontradas na unidade e removidas: %1</translation>
    </message>
    <message>
        <source>Export cancelled. No lead counts as exported.</source>
        <translation>Exportação cancelada. Nenhum contacto conta como exportado.</translation>
    </message>
    <message>
        <source>System message: %1</source>
        <translation>Mensagem do sistema: %1</translation>
    </message>
    <message>
        <source>No leads were marked as exported.</source>
        <translation>Nenhum contacto foi marcado como exportado.</translation>
    </message>
</context>
<context>
    <name>StaffFolderPicker</name>
    <message>
        <source>Use this folder</source>
        <translation>Usar esta pasta</translation>
    </message>
    <message>
        <source>Kiosk data folder</source>
        <translation>Pasta de dados do quiosque</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Pasta pessoal</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Choose where to start above.</source>
        <translation>Escolha acima por onde começar.</translation>
    </message>
    <message>
        <source>content pack</source>
        <translation>pacote de conteúdos</translation>
    </message>
    <message>
        <source>No folders in here</source>
        <translation>Não há pastas aqui</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>StaffMatchingPanel</name>
    <message>
        <source>This event has no business matching sessions.</source>
        <translation>Este evento não tem sessões de bolsas de contacto.</translation>
    </message>
    <message>
        <source>Write agendas</source>
        <translation>Escrever agendas</translation>
    </message>
    <message>
        <source>Agendas (XLSX and printable pages, one per exhibitor) written to %1</source>
        <translation>Agendas (XLSX e páginas para imprimir, uma por expositor) escritas em %1</translation>
    </message>
    <message>
        <source>No meetings booked in this slot.</source>
        <translation>Sem reuniões marcadas neste horário.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Mesa %1</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Não compareceu</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Cancelar reunião</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Mudar para %1</translation>
    </message>
</context>
<context>
    <name>StaffOverviewPanel</name>
    <message>
        <source>Leads today</source>
        <translation>Contactos hoje</translation>
    </message>
    <message>
        <source>Leads in total</source>
        <translation>Contactos no total</translation>
    </message>
    <message>
        <source>Matching requests</source>
        <translation>Pedidos de encontros</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Não foi possível calcular os números: %1</translation>
    </message>
    <message>
        <source>Leads per hour today</source>
        <translation>Contactos por hora hoje</translation>
    </message>
    <message>
        <source>No leads yet today</source>
        <translation>Ainda não há contactos hoje</translation>
    </message>
    <message>
        <source>Languages used on the kiosk</source>
        <translation>Línguas usadas no quiosque</translation>
    </message>
    <message>
        <source>Top exhibitors by interest</source>
        <translation>Expositores com mais interesse</translation>
    </message>
    <message>
        <source>Taps per exhibitor</source>
        <translation>Toques por expositor</translation>
    </message>
    <message>
        <source>Leads per pavilion</source>
        <translation>Contactos por pavilhão</translation>
    </message>
    <message>
        <source>Visitor countries</source>
        <translation>Países dos visitantes</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Língua do formulário</translation>
    </message>
    <message>
        <source>Consents granted</source>
        <translation>Consentimentos dados</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Ainda nada</translation>
    </message>
    <message>
        <source>%1 yes · %2 no</source>
        <translation>%1 sim · %2 não</translation>
    </message>
    <message>
        <source>Leads per exhibitor</source>
        <translation>Contactos por expositor</translation>
    </message>
</context>
<context>
    <name>StaffPinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN de funcionário</translation>
    </message>
    <message>
        <source>Enter the PIN to open staff mode.</source>
        <translation>Introduza o PIN para abrir o modo de funcionários.</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before the pad locks: %1</source>
        <translation>PIN errado. Tentativas restantes antes do bloqueio: %1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Demasiados PIN errados. Tente de novo daqui a %1.</translation>
    </message>
    <message>
        <source>Staff mode is not set up</source>
        <translation>Modo de funcionários por configurar</translation>
    </message>
    <message>
        <source>Staff mode is not set up on this kiosk. Set the staff PIN on the kiosk&apos;s PC with the command: kiosk set-pin</source>
        <translation>O modo de funcionários não está configurado neste quiosque. Defina o PIN de funcionário no PC do quiosque com o comando: kiosk set-pin</translation>
    </message>
    <message>
        <source>The PIN could not be checked: %1</source>
        <translation>Não foi possível verificar o PIN: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPanel</name>
    <message>
        <source>Kiosk settings</source>
        <translation>Definições do quiosque</translation>
    </message>
    <message>
        <source>Idle time before a visit ends (seconds)</source>
        <translation>Tempo sem toques até terminar a visita (segundos)</translation>
    </message>
    <message>
        <source>Kiosk id (on every lead and export)</source>
        <translation>Identificação do quiosque (em cada contacto e exportação)</translation>
    </message>
    <message>
        <source>Show the mouse cursor</source>
        <translation>Mostrar o cursor do rato</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Move the picture a few pixels now and then (protects the screen from burn-in)</source>
        <translation>Deslocar a imagem alguns píxeis de vez em quando (protege o ecrã contra marcas permanentes)</translation>
    </message>
    <message>
        <source>Low reach: keep everything a visitor touches in the lower part of the screen</source>
        <translation>Alcance baixo: manter tudo o que o visitante toca na parte inferior do ecrã</translation>
    </message>
    <message>
        <source>Hold the content at its revision (no content from the central pool yet)</source>
        <translation>Manter o conteúdo na revisão atual (ainda sem conteúdo do repositório central)</translation>
    </message>
    <message>
        <source>Hold the content at revision %1: newer packs wait</source>
        <translation>Manter o conteúdo na revisão %1: os pacotes mais recentes esperam</translation>
    </message>
    <message>
        <source>Where this kiosk stands (&quot;You are here&quot; on the map)</source>
        <translation>Onde está este quiosque («Está aqui» no mapa)</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Não mostrar</translation>
    </message>
</context>
<context>
    <name>StaffSpeechSetting</name>
    <message>
        <source>Read aloud for every visitor (not only in accessibility mode)</source>
        <translation>Ler em voz alta para todos os visitantes (não só no modo de acessibilidade)</translation>
    </message>
    <message>
        <source>Voice for the language on show: %1</source>
        <translation>Voz para a língua apresentada: %1</translation>
    </message>
    <message>
        <source>This PC has no voice for the language on show.</source>
        <translation>Este PC não tem voz para a língua apresentada.</translation>
    </message>
</context>
<context>
    <name>StaffSyncPanel</name>
    <message>
        <source>This kiosk</source>
        <translation>Este quiosque</translation>
    </message>
    <message>
        <source>Leads waiting to be sent: %1</source>
        <translation>Contactos à espera de envio: %1</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Ainda nada foi enviado.</translation>
    </message>
    <message>
        <source>Last successful push: %1</source>
        <translation>Último envio bem-sucedido: %1</translation>
    </message>
    <message>
        <source>Sending: up to date, watching for new leads.</source>
        <translation>Envio: em dia, à espera de novos contactos.</translation>
    </message>
    <message>
        <source>Sending: in progress…</source>
        <translation>Envio: em curso…</translation>
    </message>
    <message>
        <source>Sending: the pool cannot be reached; the kiosk keeps every lead and tries again.</source>
        <translation>Envio: a base de dados central está inacessível; o quiosque guarda todos os contactos e tenta de novo.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último erro: %1</translation>
    </message>
    <message>
        <source>Leads set aside, refused by the central pool: %1. They stay on this kiosk and cannot be wiped until they reach the pool. Fix the cause, then try again.</source>
        <translation>Contactos postos de parte, recusados pela base de dados central: %1. Ficam neste quiosque e não podem ser apagados até lá chegarem. Corrija a causa e tente de novo.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Central pool</source>
        <translation>Base de dados central</translation>
    </message>
    <message>
        <source>Not reachable now: %1</source>
        <translation>Inacessível neste momento: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) at the last merge</source>
        <translation>
            <numerusform>%n pessoa na última fusão</numerusform>
            <numerusform>%n pessoas na última fusão</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s); not merged into people yet</source>
        <translation>
            <numerusform>%n contacto; ainda não agrupado por pessoa</numerusform>
            <numerusform>%n contactos; ainda não agrupados por pessoa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (this kiosk)</source>
        <translation>%1 (este quiosque)</translation>
    </message>
    <message>
        <source>No push yet</source>
        <translation>Ainda sem envios</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 à espera</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) pooled</source>
        <translation>
            <numerusform>%n contacto reunido</numerusform>
            <numerusform>%n contactos reunidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Em linha</translation>
    </message>
    <message>
        <source>Late (no heartbeat for over 3 minutes)</source>
        <translation>Atrasado (sem sinal há mais de 3 minutos)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Fora de linha</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versão %1</translation>
    </message>
    <message>
        <source>no content</source>
        <translation>sem conteúdo</translation>
    </message>
    <message>
        <source>content loaded by hand</source>
        <translation>conteúdo carregado à mão</translation>
    </message>
    <message>
        <source>content %1</source>
        <translation>conteúdo %1</translation>
    </message>
    <message>
        <source>Its version differs from the other kiosks.</source>
        <translation>A versão difere da dos outros quiosques.</translation>
    </message>
    <message>
        <source>Held at another content revision by staff.</source>
        <translation>Mantido pela equipa noutra revisão do conteúdo.</translation>
    </message>
    <message>
        <source>Its content differs from the published pack.</source>
        <translation>O conteúdo difere do pacote publicado.</translation>
    </message>
    <message>
        <source>Last push: %1</source>
        <translation>Último envio: %1</translation>
    </message>
</context>
<context>
    <name>StaffWipePanel</name>
    <message>
        <source>Wipe exported leads</source>
        <translation>Apagar contactos exportados</translation>
    </message>
    <message>
        <source>The central pool refused some leads, and they are set aside on this kiosk; wiped now, they would never get there. See the Sync screen for why, fix it and send them again, then wipe.</source>
        <translation>A base de dados central recusou alguns contactos, que estão postos de parte neste quiosque; apagados agora, nunca lá chegariam. Veja o porquê no ecrã Sincronização, corrija a causa e envie-os de novo; apague depois.</translation>
    </message>
    <message>
        <source>Some leads have not reached the central pool yet; wiped now, they would never get there. Let the kiosk sync first, then wipe.</source>
        <translation>Alguns contactos ainda não chegaram à base de dados central; apagados agora, nunca lá chegariam. Deixe o quiosque sincronizar primeiro e apague depois.</translation>
    </message>
    <message>
        <source>No verified export of all leads to a USB drive exists on this kiosk. Export the leads to a drive first: only then can they be wiped safely (an export to a folder on the kiosk&apos;s own disk does not count).</source>
        <translation>Este quiosque não tem nenhuma exportação verificada de todos os contactos para uma unidade USB. Exporte-os primeiro para uma unidade: só depois podem ser apagados em segurança (uma exportação para uma pasta no disco do próprio quiosque não conta).</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) are in a verified export and can be wiped.</source>
        <translation>
            <numerusform>%n contacto está numa exportação verificada e pode ser apagado.</numerusform>
            <numerusform>%n contactos estão numa exportação verificada e podem ser apagados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) are not in any export as they are now, and stay.</source>
        <translation>
            <numerusform>%n contacto não está, tal como está agora, em nenhuma exportação e fica.</numerusform>
            <numerusform>%n contactos não estão, tal como estão agora, em nenhuma exportação e ficam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wipe %n exported lead(s)</source>
        <translation>
            <numerusform>Apagar %n contacto exportado</numerusform>
            <numerusform>Apagar %n contactos exportados</numerusform>
        </translation>
    </message>
    <message>
        <source>Wipe every lead</source>
        <translation>Apagar todos os contactos</translation>
    </message>
    <message>
        <source>This deletes every lead on this kiosk, exported or not. Leads that were not exported are lost. To confirm, type this phrase:</source>
        <translation>Isto apaga todos os contactos deste quiosque, exportados ou não. Os contactos não exportados perdem-se. Para confirmar, escreva esta frase:</translation>
    </message>
    <message>
        <source>Type the phrase here</source>
        <translation>Escreva a frase aqui</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Wiping…</source>
        <translation>A apagar…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) wiped; %1 kept.</source>
        <translation>
            <numerusform>%n contacto apagado; %1 mantidos.</numerusform>
            <numerusform>%n contactos apagados; %1 mantidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wipe %n lead(s)?</source>
        <translation>
            <numerusform>Apagar %n contacto?</numerusform>
            <numerusform>Apagar %n contactos?</numerusform>
        </translation>
    </message>
    <message>
        <source>The phrase does not match. Nothing was deleted.</source>
        <translation>A frase não corresponde. Nada foi apagado.</translation>
    </message>
    <message>
        <source>The wipe failed: %1</source>
        <translation>A eliminação falhou: %1</translation>
    </message>
    <message>
        <source>They are deleted from this kiosk for good. The export holds them.</source>
        <translation>São apagados deste quiosque para sempre. A exportação guarda-os.</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Apagar</translation>
    </message>
</context>
<context>
    <name>StaffZipPassword</name>
    <message>
        <source>Encrypted ZIP with a password</source>
        <translation>ZIP encriptado com palavra-passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita a palavra-passe</translation>
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
        <source>You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact %1 using the contact details on the left.</source>
        <translation>Pode retirar o seu consentimento, ou pedir para consultar, corrigir ou apagar os seus dados, a qualquer momento, junto de: %1 (contactos à esquerda).</translation>
    </message>
    <message>
        <source>You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact the organiser using the contact details on the left.</source>
        <translation>Pode retirar o seu consentimento, ou pedir para consultar, corrigir ou apagar os seus dados, a qualquer momento, junto da entidade organizadora (contactos à esquerda).</translation>
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
<context>
    <name>YouAreHereMarker</name>
    <message>
        <source>You are here</source>
        <translation>Está aqui</translation>
    </message>
</context>
<context>
    <name>audit.content.hold</name>
    <message>
        <source>Content held at a revision (empty: released)</source>
        <translation>Conteúdo mantido numa revisão (vazio: libertado)</translation>
    </message>
</context>
<context>
    <name>audit.content.import</name>
    <message>
        <source>Content loaded</source>
        <translation>Conteúdos carregados</translation>
    </message>
</context>
<context>
    <name>audit.detail</name>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
</context>
<context>
    <name>audit.export.cancelled</name>
    <message>
        <source>Export cancelled</source>
        <translation>Exportação cancelada</translation>
    </message>
</context>
<context>
    <name>audit.export.encrypted</name>
    <message>
        <source>Leads exported in an encrypted zip</source>
        <translation>Contactos exportados num zip cifrado</translation>
    </message>
</context>
<context>
    <name>audit.export.failed</name>
    <message>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
</context>
<context>
    <name>audit.export.verified</name>
    <message>
        <source>Leads exported and verified</source>
        <translation>Contactos exportados e verificados</translation>
    </message>
</context>
<context>
    <name>audit.lead.save_failed</name>
    <message>
        <source>A lead could not be saved</source>
        <translation>Não foi possível guardar um contacto</translation>
    </message>
</context>
<context>
    <name>audit.leads.erase</name>
    <message>
        <source>A visitor&apos;s data erased</source>
        <translation>Dados de um visitante apagados</translation>
    </message>
</context>
<context>
    <name>audit.leads.erase.central</name>
    <message>
        <source>A visitor&apos;s data erased from the central pool</source>
        <translation>Dados de um visitante apagados da base central</translation>
    </message>
</context>
<context>
    <name>audit.leads.purge</name>
    <message>
        <source>Leads past the retention period deleted</source>
        <translation>Contactos fora do prazo de conservação apagados</translation>
    </message>
</context>
<context>
    <name>audit.leads.purge.started</name>
    <message>
        <source>Deletion of leads past the retention period started</source>
        <translation>Início da eliminação de contactos fora do prazo de conservação</translation>
    </message>
</context>
<context>
    <name>audit.leads.wipe</name>
    <message>
        <source>Leads wiped</source>
        <translation>Contactos apagados</translation>
    </message>
</context>
<context>
    <name>audit.leads.wipe.started</name>
    <message>
        <source>Wipe of leads started</source>
        <translation>Início da limpeza de contactos</translation>
    </message>
</context>
<context>
    <name>audit.matching.cancel</name>
    <message>
        <source>Meeting cancelled</source>
        <translation>Reunião cancelada</translation>
    </message>
</context>
<context>
    <name>audit.matching.confirm</name>
    <message>
        <source>Meeting confirmed</source>
        <translation>Reunião confirmada</translation>
    </message>
</context>
<context>
    <name>audit.matching.move</name>
    <message>
        <source>Meeting moved</source>
        <translation>Reunião mudada de horário</translation>
    </message>
</context>
<context>
    <name>audit.matching.no_show</name>
    <message>
        <source>Meeting marked as a no-show</source>
        <translation>Reunião marcada como falta de comparência</translation>
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
        <translation>PIN bloqueado após tentativas erradas</translation>
    </message>
</context>
<context>
    <name>audit.pin.set</name>
    <message>
        <source>Staff PIN set</source>
        <translation>PIN de funcionários definido</translation>
    </message>
</context>
<context>
    <name>audit.settings.changed</name>
    <message>
        <source>Settings changed</source>
        <translation>Definições alteradas</translation>
    </message>
</context>
<context>
    <name>audit.settings.position</name>
    <message>
        <source>Kiosk position on the map chosen</source>
        <translation>Posição do quiosque no mapa escolhida</translation>
    </message>
</context>
<context>
    <name>audit_detail.before</name>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
</context>
<context>
    <name>audit_detail.by</name>
    <message>
        <source>found by</source>
        <translation>encontrado por</translation>
    </message>
</context>
<context>
    <name>audit_detail.central</name>
    <message>
        <source>central pool</source>
        <translation>base de dados central</translation>
    </message>
</context>
<context>
    <name>audit_detail.content_sha256</name>
    <message>
        <source>content checksum</source>
        <translation>soma de controlo do conteúdo</translation>
    </message>
</context>
<context>
    <name>audit_detail.deleted</name>
    <message>
        <source>deleted</source>
        <translation>apagados</translation>
    </message>
</context>
<context>
    <name>audit_detail.deleted_here</name>
    <message>
        <source>deleted on this kiosk</source>
        <translation>apagados neste quiosque</translation>
    </message>
</context>
<context>
    <name>audit_detail.deleted_in_pool</name>
    <message>
        <source>deleted in the central pool</source>
        <translation>apagados na base de dados central</translation>
    </message>
</context>
<context>
    <name>audit_detail.destination</name>
    <message>
        <source>destination</source>
        <translation>destino</translation>
    </message>
</context>
<context>
    <name>audit_detail.error</name>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
</context>
<context>
    <name>audit_detail.event_id</name>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
</context>
<context>
    <name>audit_detail.exhibitor</name>
    <message>
        <source>exhibitor</source>
        <translation>expositor</translation>
    </message>
</context>
<context>
    <name>audit_detail.exhibitors</name>
    <message>
        <source>exhibitors</source>
        <translation>expositores</translation>
    </message>
</context>
<context>
    <name>audit_detail.export_id</name>
    <message>
        <source>export</source>
        <translation>exportação</translation>
    </message>
</context>
<context>
    <name>audit_detail.exports_holding</name>
    <message>
        <source>exports holding them</source>
        <translation>exportações que os contêm</translation>
    </message>
</context>
<context>
    <name>audit_detail.failures</name>
    <message>
        <source>wrong attempts</source>
        <translation>tentativas erradas</translation>
    </message>
</context>
<context>
    <name>audit_detail.files</name>
    <message>
        <source>files</source>
        <translation>ficheiros</translation>
    </message>
</context>
<context>
    <name>audit_detail.folder</name>
    <message>
        <source>folder</source>
        <translation>pasta</translation>
    </message>
</context>
<context>
    <name>audit_detail.formats</name>
    <message>
        <source>formats</source>
        <translation>formatos</translation>
    </message>
</context>
<context>
    <name>audit_detail.idle_timeout_s</name>
    <message>
        <source>idle time (seconds)</source>
        <translation>tempo sem toques (segundos)</translation>
    </message>
</context>
<context>
    <name>audit_detail.import_id</name>
    <message>
        <source>import</source>
        <translation>importação</translation>
    </message>
</context>
<context>
    <name>audit_detail.kept</name>
    <message>
        <source>kept</source>
        <translation>mantidos</translation>
    </message>
</context>
<context>
    <name>audit_detail.kiosk</name>
    <message>
        <source>kiosk</source>
        <translation>quiosque</translation>
    </message>
</context>
<context>
    <name>audit_detail.kiosk_id</name>
    <message>
        <source>kiosk id</source>
        <translation>identificação do quiosque</translation>
    </message>
</context>
<context>
    <name>audit_detail.leads</name>
    <message>
        <source>leads</source>
        <translation>contactos</translation>
    </message>
</context>
<context>
    <name>audit_detail.meeting</name>
    <message>
        <source>meeting</source>
        <translation>reunião</translation>
    </message>
</context>
<context>
    <name>audit_detail.mode</name>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
</context>
<context>
    <name>audit_detail.older_than_days</name>
    <message>
        <source>older than (days)</source>
        <translation>mais antigos do que (dias)</translation>
    </message>
</context>
<context>
    <name>audit_detail.position</name>
    <message>
        <source>position</source>
        <translation>posição</translation>
    </message>
</context>
<context>
    <name>audit_detail.reason</name>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
</context>
<context>
    <name>audit_detail.replaced</name>
    <message>
        <source>replaced</source>
        <translation>substituído</translation>
    </message>
</context>
<context>
    <name>audit_detail.revision</name>
    <message>
        <source>revision</source>
        <translation>revisão</translation>
    </message>
</context>
<context>
    <name>audit_detail.seconds</name>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
</context>
<context>
    <name>audit_detail.show_cursor</name>
    <message>
        <source>mouse cursor</source>
        <translation>cursor do rato</translation>
    </message>
</context>
<context>
    <name>audit_detail.since</name>
    <message>
        <source>since</source>
        <translation>desde</translation>
    </message>
</context>
<context>
    <name>audit_detail.source</name>
    <message>
        <source>source</source>
        <translation>origem</translation>
    </message>
</context>
<context>
    <name>booking.no_matching</name>
    <message>
        <source>this event has no business matching sessions</source>
        <translation>este evento não tem sessões de reuniões de negócios</translation>
    </message>
</context>
<context>
    <name>booking.no_such_slot</name>
    <message>
        <source>{exhibitor} has no meeting slot at {when} (times are the event&apos;s, {zone})</source>
        <translation>{exhibitor} não tem horário de reunião às {when} (horas do evento, {zone})</translation>
    </message>
</context>
<context>
    <name>booking.not_taking_part</name>
    <message>
        <source>{exhibitor} does not take part in business matching</source>
        <translation>{exhibitor} não participa na reunião de negócios</translation>
    </message>
</context>
<context>
    <name>booking.one_per_exhibitor</name>
    <message>
        <source>the visitor already has a meeting with {exhibitor}</source>
        <translation>o visitante já tem uma reunião com {exhibitor}</translation>
    </message>
</context>
<context>
    <name>booking.same_time</name>
    <message>
        <source>the visitor already has a meeting at {when}</source>
        <translation>o visitante já tem uma reunião às {when}</translation>
    </message>
</context>
<context>
    <name>booking.slot_full</name>
    <message>
        <source>{exhibitor} is fully booked at {when}</source>
        <translation>{exhibitor} não tem lugares livres às {when}</translation>
    </message>
</context>
<context>
    <name>booking.slot_over</name>
    <message>
        <source>the slot at {when} is already over by this kiosk&apos;s clock</source>
        <translation>o horário das {when} já passou pelo relógio deste quiosque</translation>
    </message>
</context>
<context>
    <name>contact_code.none</name>
    <message>
        <source>holds no QR code that can be read; export the WeChat or WeCom &apos;Contact me&apos; code again as a PNG and name that file</source>
        <translation>não contém um código QR legível; exporte de novo o código &quot;Contacte-me&quot; do WeChat ou WeCom como PNG e indique esse ficheiro</translation>
    </message>
</context>
<context>
    <name>contact_code.not_contact</name>
    <message>
        <source>holds a QR code that is not a contact code (too long, or not text)</source>
        <translation>contém um código QR que não é de contacto (demasiado longo, ou não é texto)</translation>
    </message>
</context>
<context>
    <name>contact_code.several</name>
    <message>
        <source>holds {count} different QR codes; keep only the contact code</source>
        <translation>contém {count} códigos QR diferentes; mantenha apenas o código de contacto</translation>
    </message>
</context>
<context>
    <name>contact_code.unreadable</name>
    <message>
        <source>cannot be read as an image: {detail}</source>
        <translation>não pode ser lido como imagem: {detail}</translation>
    </message>
</context>
<context>
    <name>content.age_range</name>
    <message>
        <source>{value} is outside {low} to {high} years (default {default})</source>
        <translation>{value} está fora de {low} a {high} anos (predefinição {default})</translation>
    </message>
</context>
<context>
    <name>content.bad_character</name>
    <message>
        <source>contains {what} ({code}) at character {position}; this field is one line of plain text</source>
        <translation>contém {what} ({code}) no carácter {position}; este campo é uma linha de texto simples</translation>
    </message>
</context>
<context>
    <name>content.bad_character_block</name>
    <message>
        <source>contains {what} ({code}) at character {position}; remove it</source>
        <translation>contém {what} ({code}) no carácter {position}; retire-o</translation>
    </message>
</context>
<context>
    <name>content.booth_half</name>
    <message>
        <source>is missing; give both x and y, or neither</source>
        <translation>falta; indique x e y, ou nenhum dos dois</translation>
    </message>
</context>
<context>
    <name>content.brand_name</name>
    <message>
        <source>expected the brand name as one string (&quot;MICE² Macao x Hengqin&quot;)</source>
        <translation>esperava-se o nome da marca como um só texto (&quot;MICE² Macao x Hengqin&quot;)</translation>
    </message>
</context>
<context>
    <name>content.cross_border_language</name>
    <message>
        <source>is missing: {item} must be given in {language} too (PIPL Art. 39: the visitor is told it in the language they read)</source>
        <translation>falta: {item} tem de ser indicado também em {language} (PIPL art.º 39.º: o visitante é informado na língua que lê)</translation>
    </message>
</context>
<context>
    <name>content.duplicate_id</name>
    <message>
        <source>{value} is already the id of {other}</source>
        <translation>{value} já é o id de {other}</translation>
    </message>
</context>
<context>
    <name>content.duplicate_key</name>
    <message>
        <source>is given twice in the same object; keep one</source>
        <translation>aparece duas vezes no mesmo objeto; mantenha um</translation>
    </message>
</context>
<context>
    <name>content.empty</name>
    <message>
        <source>is empty</source>
        <translation>está vazio</translation>
    </message>
</context>
<context>
    <name>content.ends_before_start</name>
    <message>
        <source>{ends} is before the start ({starts})</source>
        <translation>{ends} é anterior ao início ({starts})</translation>
    </message>
</context>
<context>
    <name>content.expected_boolean</name>
    <message>
        <source>expected true or false, got {got}</source>
        <translation>esperava-se true ou false, mas é {got}</translation>
    </message>
</context>
<context>
    <name>content.expected_days</name>
    <message>
        <source>expected a whole number of days, got {got}</source>
        <translation>esperava-se um número inteiro de dias, mas é {got}</translation>
    </message>
</context>
<context>
    <name>content.expected_fraction</name>
    <message>
        <source>expected a number from 0 to 1, got {got}</source>
        <translation>esperava-se um número de 0 a 1, mas é {got}</translation>
    </message>
</context>
<context>
    <name>content.expected_image</name>
    <message>
        <source>expected the path of an image file, got {got}</source>
        <translation>esperava-se o caminho de um ficheiro de imagem, mas é {got}</translation>
    </message>
</context>
<context>
    <name>content.expected_list</name>
    <message>
        <source>expected a list [...], got {got}</source>
        <translation>esperava-se uma lista [...], mas é {got}</translation>
    </message>
</context>
<context>
    <name>content.expected_ltext</name>
    <message>
        <source>expected text or an object of language → text ({{&quot;en&quot;: &quot;...&quot;, &quot;zh-Hant&quot;: &quot;...&quot;}}), got {got}</source>
        <translation>esperava-se texto ou um objeto língua → texto ({{&quot;en&quot;: &quot;...&quot;, &quot;zh-Hant&quot;: &quot;...&quot;}}), mas é {got}</translation>
    </message>
</context>
<context>
    <name>content.expected_object</name>
    <message>
        <source>expected an object {{...}}, got {got}</source>
        <translation>esperava-se um objeto {{...}}, mas é {got}</translation>
    </message>
</context>
<context>
    <name>content.expected_text</name>
    <message>
        <source>expected text, got {got}</source>
        <translation>esperava-se texto, mas é {got}</translation>
    </message>
</context>
<context>
    <name>content.expected_top_object</name>
    <message>
        <source>expected an object {{...}} at the top level, got {got}</source>
        <translation>no nível de topo esperava-se um objeto {{...}}, mas é {got}</translation>
    </message>
</context>
<context>
    <name>content.expected_whole</name>
    <message>
        <source>expected a whole number, got {got}</source>
        <translation>esperava-se um número inteiro, mas é {got}</translation>
    </message>
</context>
<context>
    <name>content.expected_years</name>
    <message>
        <source>expected a whole number of years, got {got}</source>
        <translation>esperava-se um número inteiro de anos, mas é {got}</translation>
    </message>
</context>
<context>
    <name>content.file_empty</name>
    <message>
        <source>is empty; an empty file is not a content pack</source>
        <translation>está vazio; um ficheiro vazio não é um pacote de conteúdos</translation>
    </message>
</context>
<context>
    <name>content.file_missing</name>
    <message>
        <source>not found in {folder}; a pack is a folder holding it</source>
        <translation>não encontrado em {folder}; um pacote é uma pasta que o contém</translation>
    </message>
</context>
<context>
    <name>content.format</name>
    <message>
        <source>this kiosk reads format {expected}, not {value}</source>
        <translation>este quiosque lê o formato {expected}, não {value}</translation>
    </message>
</context>
<context>
    <name>content.fraction_range</name>
    <message>
        <source>{value} is outside 0 to 1 (a fraction of the map&apos;s size)</source>
        <translation>{value} está fora de 0 a 1 (uma fração do tamanho do mapa)</translation>
    </message>
</context>
<context>
    <name>content.json_invalid</name>
    <message>
        <source>not valid JSON: {detail}</source>
        <translation>não é JSON válido: {detail}</translation>
    </message>
</context>
<context>
    <name>content.json_syntax</name>
    <message>
        <source>line {line}, column {column}: {detail}</source>
        <translation>linha {line}, coluna {column}: {detail}</translation>
    </message>
</context>
<context>
    <name>content.language</name>
    <message>
        <source>{value} is not a language of the kiosk (one of {known})</source>
        <translation>{value} não é uma língua do quiosque (uma de {known})</translation>
    </message>
</context>
<context>
    <name>content.language_hint</name>
    <message>
        <source>{value} is not a language of the kiosk; did you mean &quot;{suggestion}&quot;?</source>
        <translation>{value} não é uma língua do quiosque; queria dizer &quot;{suggestion}&quot;?</translation>
    </message>
</context>
<context>
    <name>content.list_empty</name>
    <message>
        <source>is empty; at least {count} is required</source>
        <translation>está vazia; é obrigatório pelo menos {count}</translation>
    </message>
</context>
<context>
    <name>content.load_failed</name>
    <message>
        <source>could not be checked or loaded: {detail}</source>
        <translation>não foi possível verificar ou carregar: {detail}</translation>
    </message>
</context>
<context>
    <name>content.lone_surrogate</name>
    <message>
        <source>line {line}, column {column}: {escape} is half of a UTF-16 pair, not a character</source>
        <translation>linha {line}, coluna {column}: {escape} é metade de um par UTF-16, não um carácter</translation>
    </message>
</context>
<context>
    <name>content.matching_mode</name>
    <message>
        <source>{value} is not a mode; use {first} or {second}</source>
        <translation>{value} não é um modo; use {first} ou {second}</translation>
    </message>
</context>
<context>
    <name>content.no_folder</name>
    <message>
        <source>no such folder</source>
        <translation>essa pasta não existe</translation>
    </message>
</context>
<context>
    <name>content.no_text</name>
    <message>
        <source>has no text in any language; give at least one, e.g. &quot;en&quot;</source>
        <translation>não tem texto em nenhuma língua; indique pelo menos uma, p. ex. &quot;en&quot;</translation>
    </message>
</context>
<context>
    <name>content.not_a_pack_folder</name>
    <message>
        <source>is not a folder holding content.json</source>
        <translation>não é uma pasta com content.json</translation>
    </message>
</context>
<context>
    <name>content.not_utf8</name>
    <message>
        <source>is not UTF-8 text: byte {byte} at line {line}, column {column} (byte offset {offset}); save the file as UTF-8</source>
        <translation>não é texto UTF-8: byte {byte} na linha {line}, coluna {column} (posição {offset}); guarde o ficheiro como UTF-8</translation>
    </message>
</context>
<context>
    <name>content.positions_no_map</name>
    <message>
        <source>a pavilion without a map has no positions on it</source>
        <translation>um pavilhão sem mapa não tem posições</translation>
    </message>
</context>
<context>
    <name>content.qr_too_big</name>
    <message>
        <source>its {kind} QR code ({language}) would hold {size:,} bytes; a QR code holds at most {limit:,} at the kiosk&apos;s error correction ({level}): shorten {shorten}</source>
        <translation>o seu código QR de {kind} ({language}) teria {size:,} bytes; um código QR comporta no máximo {limit:,} com a correção de erros do quiosque ({level}): encurte {shorten}</translation>
    </message>
</context>
<context>
    <name>content.question_type</name>
    <message>
        <source>{value} is not one of {kinds}</source>
        <translation>{value} não é um de {kinds}</translation>
    </message>
</context>
<context>
    <name>content.reference</name>
    <message>
        <source>{value} is not the id of any {what}</source>
        <translation>{value} não corresponde a nenhum id de {what}</translation>
    </message>
</context>
<context>
    <name>content.reference_hint</name>
    <message>
        <source>{value} is not the id of any {what}; did you mean &quot;{suggestion}&quot;?</source>
        <translation>{value} não corresponde a nenhum id de {what}; queria dizer &quot;{suggestion}&quot;?</translation>
    </message>
</context>
<context>
    <name>content.reference_known</name>
    <message>
        <source>{value} is not the id of any {what} (known: {known})</source>
        <translation>{value} não corresponde a nenhum id de {what} (existentes: {known})</translation>
    </message>
</context>
<context>
    <name>content.required_empty</name>
    <message>
        <source>is empty; this field is required</source>
        <translation>está vazio; este campo é obrigatório</translation>
    </message>
</context>
<context>
    <name>content.required_missing</name>
    <message>
        <source>is missing; this field is required</source>
        <translation>falta; este campo é obrigatório</translation>
    </message>
</context>
<context>
    <name>content.required_null</name>
    <message>
        <source>is null; this field is required</source>
        <translation>é null; este campo é obrigatório</translation>
    </message>
</context>
<context>
    <name>content.retention_range</name>
    <message>
        <source>{value} is outside 1 to {limit} days</source>
        <translation>{value} está fora de 1 a {limit} dias</translation>
    </message>
</context>
<context>
    <name>content.role</name>
    <message>
        <source>{value} is not a purpose role (known: {known})</source>
        <translation>{value} não é uma função de finalidade (existentes: {known})</translation>
    </message>
</context>
<context>
    <name>content.role_hint</name>
    <message>
        <source>{value} is not a purpose role; did you mean &quot;{suggestion}&quot;?</source>
        <translation>{value} não é uma função de finalidade; queria dizer &quot;{suggestion}&quot;?</translation>
    </message>
</context>
<context>
    <name>content.role_repeated</name>
    <message>
        <source>{value} is already the role of {other}; one purpose per role</source>
        <translation>{value} já é a função de {other}; uma finalidade por função</translation>
    </message>
</context>
<context>
    <name>content.sector_repeated</name>
    <message>
        <source>names the same sector more than once</source>
        <translation>indica o mesmo setor mais de uma vez</translation>
    </message>
</context>
<context>
    <name>content.session_end</name>
    <message>
        <source>{end} is not after the start ({start})</source>
        <translation>{end} não é depois do início ({start})</translation>
    </message>
</context>
<context>
    <name>content.session_outside_event</name>
    <message>
        <source>{day} is outside the event ({starts} to {ends})</source>
        <translation>{day} está fora do evento ({starts} a {ends})</translation>
    </message>
</context>
<context>
    <name>content.sessions_overlap</name>
    <message>
        <source>sessions &quot;{first}&quot; and &quot;{second}&quot; overlap; an exhibitor takes part in one session at a time</source>
        <translation>as sessões &quot;{first}&quot; e &quot;{second}&quot; sobrepõem-se; um expositor participa numa sessão de cada vez</translation>
    </message>
</context>
<context>
    <name>content.slot_too_long</name>
    <message>
        <source>{slot} minutes do not fit in the session ({start} to {end})</source>
        <translation>{slot} minutos não cabem na sessão ({start} a {end})</translation>
    </message>
</context>
<context>
    <name>content.svg_not_here</name>
    <message>
        <source>{path} is an SVG image; SVG is taken for the brand logo only, use PNG, JPEG or WebP here</source>
        <translation>{path} é uma imagem SVG; SVG só é aceite para o logótipo da marca, use aqui PNG, JPEG ou WebP</translation>
    </message>
</context>
<context>
    <name>content.text_question_choices</name>
    <message>
        <source>a text question has no choices; remove them or use single</source>
        <translation>uma pergunta de texto não tem opções; retire-as ou use single</translation>
    </message>
</context>
<context>
    <name>content.too_deep</name>
    <message>
        <source>is nested too deeply to be a content pack</source>
        <translation>tem demasiados níveis encaixados para ser um pacote de conteúdos</translation>
    </message>
</context>
<context>
    <name>content.too_few_choices</name>
    <message>
        <source>a {kind} choice question needs at least 2 choices</source>
        <translation>uma pergunta de escolha {kind} precisa de pelo menos 2 opções</translation>
    </message>
</context>
<context>
    <name>content.too_long</name>
    <message>
        <source>is {length:,} characters long; at most {limit:,} are allowed</source>
        <translation>tem {length:,} caracteres; são permitidos no máximo {limit:,}</translation>
    </message>
</context>
<context>
    <name>content.too_many_choices</name>
    <message>
        <source>has {count} choices; at most {limit}</source>
        <translation>tem {count} opções; no máximo {limit}</translation>
    </message>
</context>
<context>
    <name>content.too_many_exhibitors</name>
    <message>
        <source>{count:,} exhibitors; a pack may hold at most {limit:,}</source>
        <translation>{count:,} expositores; um pacote pode ter no máximo {limit:,}</translation>
    </message>
</context>
<context>
    <name>content.too_many_positions</name>
    <message>
        <source>has {count} positions; a map may have at most {limit}</source>
        <translation>tem {count} posições; um mapa pode ter no máximo {limit}</translation>
    </message>
</context>
<context>
    <name>content.too_many_questions</name>
    <message>
        <source>has {count} questions; an exhibitor may ask at most {limit}</source>
        <translation>tem {count} perguntas; um expositor pode fazer no máximo {limit}</translation>
    </message>
</context>
<context>
    <name>content.too_many_sessions</name>
    <message>
        <source>{count} sessions; at most {limit}</source>
        <translation>{count} sessões; no máximo {limit}</translation>
    </message>
</context>
<context>
    <name>content.unknown_field</name>
    <message>
        <source>unknown field (allowed: {allowed})</source>
        <translation>campo desconhecido (permitidos: {allowed})</translation>
    </message>
</context>
<context>
    <name>content.unknown_field_hint</name>
    <message>
        <source>unknown field; did you mean &quot;{suggestion}&quot;?</source>
        <translation>campo desconhecido; queria dizer &quot;{suggestion}&quot;?</translation>
    </message>
</context>
<context>
    <name>content.whole_range</name>
    <message>
        <source>{value} is outside {low} to {high:,}</source>
        <translation>{value} está fora de {low} a {high:,}</translation>
    </message>
</context>
<context>
    <name>export.failed</name>
    <message>
        <source>The export failed.</source>
        <translation>A exportação falhou.</translation>
    </message>
</context>
<context>
    <name>export.full</name>
    <message>
        <source>The drive is full.</source>
        <translation>A unidade está cheia.</translation>
    </message>
</context>
<context>
    <name>export.gone</name>
    <message>
        <source>The drive is no longer there. Was it pulled out?</source>
        <translation>A unidade já não está ligada. Foi retirada?</translation>
    </message>
</context>
<context>
    <name>export.read_only</name>
    <message>
        <source>The drive is read-only.</source>
        <translation>A unidade é só de leitura.</translation>
    </message>
</context>
<context>
    <name>export.zip_differ</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas palavras-passe são diferentes.</translation>
    </message>
</context>
<context>
    <name>export.zip_hint</name>
    <message>
        <source>Give the password to the recipient separately, never on the drive.</source>
        <translation>Entregue a palavra-passe ao destinatário em separado, nunca na pen.</translation>
    </message>
</context>
<context>
    <name>export.zip_short</name>
    <message>
        <source>At least {min} characters.</source>
        <translation>Pelo menos {min} caracteres.</translation>
    </message>
</context>
<context>
    <name>field.country</name>
    <message>
        <source>{value} is not an ISO 3166-1 alpha-2 country code (e.g. MO, CN, PT, BR)</source>
        <translation>{value} não é um código de país ISO 3166-1 de duas letras (p. ex. MO, CN, PT, BR)</translation>
    </message>
</context>
<context>
    <name>field.country_case</name>
    <message>
        <source>{value} is not a country code; did you mean &quot;{code}&quot;?</source>
        <translation>{value} não é um código de país; queria dizer &quot;{code}&quot;?</translation>
    </message>
</context>
<context>
    <name>field.country_slip</name>
    <message>
        <source>{value} is not an ISO 3166-1 code; use &quot;{code}&quot;</source>
        <translation>{value} não é um código ISO 3166-1; use &quot;{code}&quot;</translation>
    </message>
</context>
<context>
    <name>field.date</name>
    <message>
        <source>{value} is not a date in the form YYYY-MM-DD</source>
        <translation>{value} não é uma data no formato AAAA-MM-DD (YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>field.date_unreal</name>
    <message>
        <source>{value} is not a real date</source>
        <translation>{value} não é uma data que exista</translation>
    </message>
</context>
<context>
    <name>field.email</name>
    <message>
        <source>{value} is not an email address (e.g. name@example.com)</source>
        <translation>{value} não é um endereço de email (p. ex. nome@exemplo.pt)</translation>
    </message>
</context>
<context>
    <name>field.identifier</name>
    <message>
        <source>{value} is not a valid id: use 1 to 64 lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter or digit</source>
        <translation>{value} não é um id válido: use 1 a 64 letras minúsculas, algarismos, &quot;.&quot;, &quot;_&quot; ou &quot;-&quot;, começando por uma letra ou um algarismo</translation>
    </message>
</context>
<context>
    <name>field.language</name>
    <message>
        <source>{value} is not a language tag (the kiosk shows {tags})</source>
        <translation>{value} não é um código de língua (o quiosque mostra {tags})</translation>
    </message>
</context>
<context>
    <name>field.language_case</name>
    <message>
        <source>language {value} must be written &quot;{tag}&quot;</source>
        <translation>a língua {value} deve escrever-se &quot;{tag}&quot;</translation>
    </message>
</context>
<context>
    <name>field.phone</name>
    <message>
        <source>{value} is not a phone number</source>
        <translation>{value} não é um número de telefone</translation>
    </message>
</context>
<context>
    <name>field.phone_plus</name>
    <message>
        <source>{value} is not an international phone number: start with &quot;+&quot; and the country code, e.g. &quot;+853 2871 0300&quot;</source>
        <translation>{value} não é um número de telefone internacional: comece por &quot;+&quot; e o indicativo do país, p. ex. &quot;+853 2871 0300&quot;</translation>
    </message>
</context>
<context>
    <name>field.phone_reason</name>
    <message>
        <source>{value} is not a phone number: {reason}</source>
        <translation>{value} não é um número de telefone: {reason}</translation>
    </message>
</context>
<context>
    <name>field.time</name>
    <message>
        <source>{value} is not a time of day in the form HH:MM (e.g. 09:30)</source>
        <translation>{value} não é uma hora no formato HH:MM (p. ex. 09:30)</translation>
    </message>
</context>
<context>
    <name>field.timezone</name>
    <message>
        <source>{value} is not an IANA time zone (e.g. Asia/Shanghai, Asia/Macau)</source>
        <translation>{value} não é um fuso horário IANA (p. ex. Asia/Shanghai, Asia/Macau)</translation>
    </message>
</context>
<context>
    <name>field.timezone_hint</name>
    <message>
        <source>{value} is not an IANA time zone (e.g. Asia/Shanghai, Asia/Macau); did you mean &quot;{suggestion}&quot;?</source>
        <translation>{value} não é um fuso horário IANA (p. ex. Asia/Shanghai, Asia/Macau); queria dizer &quot;{suggestion}&quot;?</translation>
    </message>
</context>
<context>
    <name>field.website_host</name>
    <message>
        <source>{value} is not a web address: it has no valid host name</source>
        <translation>{value} não é um endereço web: não tem um nome de anfitrião válido</translation>
    </message>
</context>
<context>
    <name>field.website_scheme</name>
    <message>
        <source>{value} is not a web address: it must start with &quot;https://&quot;</source>
        <translation>{value} não é um endereço web: tem de começar por &quot;https://&quot;</translation>
    </message>
</context>
<context>
    <name>file.grew</name>
    <message>
        <source>is larger than {limit}, the most it may be</source>
        <translation>tem mais de {limit}, o máximo permitido</translation>
    </message>
</context>
<context>
    <name>file.not_a_file</name>
    <message>
        <source>is {kind}, not a file</source>
        <translation>é {kind}, não um ficheiro</translation>
    </message>
</context>
<context>
    <name>file.too_big</name>
    <message>
        <source>is {size}; it may be at most {limit}</source>
        <translation>tem {size}; pode ter no máximo {limit}</translation>
    </message>
</context>
<context>
    <name>file.unreadable</name>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>não pode ser lido: {reason}</translation>
    </message>
</context>
<context>
    <name>image.damaged</name>
    <message>
        <source>is damaged and cannot be decoded ({detail})</source>
        <translation>está danificada e não pode ser descodificada ({detail})</translation>
    </message>
</context>
<context>
    <name>image.empty_file</name>
    <message>
        <source>is an empty file</source>
        <translation>é um ficheiro vazio</translation>
    </message>
</context>
<context>
    <name>image.format</name>
    <message>
        <source>is a {format} image; use PNG, JPEG or WebP</source>
        <translation>é uma imagem {format}; use PNG, JPEG ou WebP</translation>
    </message>
</context>
<context>
    <name>image.not_a_file</name>
    <message>
        <source>{path} is {kind}, not an image file</source>
        <translation>{path} é {kind}, não um ficheiro de imagem</translation>
    </message>
</context>
<context>
    <name>image.not_found</name>
    <message>
        <source>file {path} not found in the pack</source>
        <translation>o ficheiro {path} não foi encontrado no pacote</translation>
    </message>
</context>
<context>
    <name>image.not_found_case</name>
    <message>
        <source>file {path} not found in the pack; did you mean &quot;{suggestion}&quot;? (letter case matters)</source>
        <translation>o ficheiro {path} não foi encontrado no pacote; queria dizer &quot;{suggestion}&quot;? (maiúsculas e minúsculas contam)</translation>
    </message>
</context>
<context>
    <name>image.not_found_case_workbook</name>
    <message>
        <source>file {path} not found beside the workbook; did you mean &quot;{suggestion}&quot;? (letter case matters)</source>
        <translation>o ficheiro {path} não foi encontrado junto ao livro; queria dizer &quot;{suggestion}&quot;? (maiúsculas e minúsculas contam)</translation>
    </message>
</context>
<context>
    <name>image.not_found_near</name>
    <message>
        <source>file {path} not found in the pack (in {folder}; did you mean &quot;{suggestion}&quot;?)</source>
        <translation>o ficheiro {path} não foi encontrado no pacote (em {folder}; queria dizer &quot;{suggestion}&quot;?)</translation>
    </message>
</context>
<context>
    <name>image.not_found_near_workbook</name>
    <message>
        <source>file {path} not found beside the workbook (in {folder}; did you mean &quot;{suggestion}&quot;?)</source>
        <translation>o ficheiro {path} não foi encontrado junto ao livro (em {folder}; queria dizer &quot;{suggestion}&quot;?)</translation>
    </message>
</context>
<context>
    <name>image.not_found_workbook</name>
    <message>
        <source>file {path} not found beside the workbook</source>
        <translation>o ficheiro {path} não foi encontrado junto ao livro</translation>
    </message>
</context>
<context>
    <name>image.not_image</name>
    <message>
        <source>is not an image (PNG, JPEG or WebP)</source>
        <translation>não é uma imagem (PNG, JPEG ou WebP)</translation>
    </message>
</context>
<context>
    <name>image.path_absolute</name>
    <message>
        <source>{path} is an absolute path; give a path relative to the pack folder</source>
        <translation>{path} é um caminho absoluto; indique um caminho relativo à pasta do pacote</translation>
    </message>
</context>
<context>
    <name>image.path_absolute_workbook</name>
    <message>
        <source>{path} is an absolute path; give a path relative to the workbook&apos;s folder</source>
        <translation>{path} é um caminho absoluto; indique um caminho relativo à pasta do livro</translation>
    </message>
</context>
<context>
    <name>image.path_backslash</name>
    <message>
        <source>{path} contains a backslash; write paths with forward slashes (&quot;images/a.png&quot;)</source>
        <translation>{path} contém uma barra invertida; escreva os caminhos com barras normais (&quot;images/a.png&quot;)</translation>
    </message>
</context>
<context>
    <name>image.path_control</name>
    <message>
        <source>{path} contains a control or invalid character</source>
        <translation>{path} contém um carácter de controlo ou inválido</translation>
    </message>
</context>
<context>
    <name>image.path_empty</name>
    <message>
        <source>is empty; give the image&apos;s path inside the pack folder</source>
        <translation>está vazio; indique o caminho da imagem dentro da pasta do pacote</translation>
    </message>
</context>
<context>
    <name>image.path_empty_workbook</name>
    <message>
        <source>is empty; give the image&apos;s path inside the workbook&apos;s folder</source>
        <translation>está vazio; indique o caminho da imagem dentro da pasta do livro</translation>
    </message>
</context>
<context>
    <name>image.path_folder</name>
    <message>
        <source>{path} names the pack folder, not an image file</source>
        <translation>{path} indica a pasta do pacote, não um ficheiro de imagem</translation>
    </message>
</context>
<context>
    <name>image.path_folder_workbook</name>
    <message>
        <source>{path} names the workbook&apos;s folder, not an image file</source>
        <translation>{path} indica a pasta do livro, não um ficheiro de imagem</translation>
    </message>
</context>
<context>
    <name>image.path_link</name>
    <message>
        <source>{path} leaves the pack folder (it is a link to {target}); copy the image into the pack instead</source>
        <translation>{path} sai da pasta do pacote (é uma ligação para {target}); copie a imagem para dentro do pacote</translation>
    </message>
</context>
<context>
    <name>image.path_link_workbook</name>
    <message>
        <source>{path} leaves the workbook&apos;s folder (it is a link to {target}); copy the image into the folder instead</source>
        <translation>{path} sai da pasta do livro (é uma ligação para {target}); copie a imagem para essa pasta</translation>
    </message>
</context>
<context>
    <name>image.path_parent</name>
    <message>
        <source>{path} leaves the pack folder (&quot;..&quot; is not allowed)</source>
        <translation>{path} sai da pasta do pacote (&quot;..&quot; não é permitido)</translation>
    </message>
</context>
<context>
    <name>image.path_parent_workbook</name>
    <message>
        <source>{path} leaves the workbook&apos;s folder (&quot;..&quot; is not allowed)</source>
        <translation>{path} sai da pasta do livro (&quot;..&quot; não é permitido)</translation>
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
        <translation>tem {size}; as imagens podem ter no máximo {limit}</translation>
    </message>
</context>
<context>
    <name>image.too_large</name>
    <message>
        <source>is {width}×{height} pixels; images may be at most {limit}×{limit}</source>
        <translation>tem {width}×{height} píxeis; as imagens podem ter no máximo {limit}×{limit}</translation>
    </message>
</context>
<context>
    <name>image.too_many_pixels</name>
    <message>
        <source>has more pixels than the kiosk decodes (at most {limit}×{limit})</source>
        <translation>tem mais píxeis do que o quiosque descodifica (no máximo {limit}×{limit})</translation>
    </message>
</context>
<context>
    <name>image.unconvertible</name>
    <message>
        <source>cannot be converted: {detail}</source>
        <translation>não pode ser convertida: {detail}</translation>
    </message>
</context>
<context>
    <name>image.uncopyable</name>
    <message>
        <source>cannot be copied: it {problem}</source>
        <translation>não pode ser copiada: {problem}</translation>
    </message>
</context>
<context>
    <name>image.unopenable</name>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>{path} não pode ser aberto: {reason}</translation>
    </message>
</context>
<context>
    <name>json.bad_escape</name>
    <message>
        <source>a backslash escape that JSON does not know</source>
        <translation>uma sequência de escape com barra invertida que o JSON não conhece</translation>
    </message>
</context>
<context>
    <name>json.control_character</name>
    <message>
        <source>a control character (a line break or tab) inside a text; write it as \n or \t</source>
        <translation>um carácter de controlo (mudança de linha ou tabulação) dentro de um texto; escreva-o como \n ou \t</translation>
    </message>
</context>
<context>
    <name>json.expecting_colon</name>
    <message>
        <source>a colon (:) is expected here</source>
        <translation>aqui espera-se dois pontos (:)</translation>
    </message>
</context>
<context>
    <name>json.expecting_comma</name>
    <message>
        <source>a comma (,) is expected here</source>
        <translation>aqui espera-se uma vírgula (,)</translation>
    </message>
</context>
<context>
    <name>json.expecting_name</name>
    <message>
        <source>a field name in double quotes is expected here</source>
        <translation>aqui espera-se um nome de campo entre aspas</translation>
    </message>
</context>
<context>
    <name>json.expecting_value</name>
    <message>
        <source>a value is expected here</source>
        <translation>aqui espera-se um valor</translation>
    </message>
</context>
<context>
    <name>json.extra_data</name>
    <message>
        <source>more data after the end of the document</source>
        <translation>há mais dados depois do fim do documento</translation>
    </message>
</context>
<context>
    <name>json.unterminated_string</name>
    <message>
        <source>a text starting here has no closing double quote</source>
        <translation>um texto que começa aqui não tem as aspas de fecho</translation>
    </message>
</context>
<context>
    <name>lead.answer.not_a_choice</name>
    <message>
        <source>Please choose from the answers offered.</source>
        <translation>Escolha uma das respostas apresentadas.</translation>
    </message>
</context>
<context>
    <name>lead.answer.not_a_choice_of</name>
    <message>
        <source>Please choose from the answers offered ({choices}).</source>
        <translation>Escolha entre as respostas apresentadas ({choices}).</translation>
    </message>
</context>
<context>
    <name>lead.answer.not_chosen</name>
    <message>
        <source>Answers are only for the exhibitors you chose; {id} is not one of them.</source>
        <translation>As respostas são apenas para os expositores que escolheu; {id} não é um deles.</translation>
    </message>
</context>
<context>
    <name>lead.answer.one_choice</name>
    <message>
        <source>Please choose one answer only.</source>
        <translation>Escolha apenas uma resposta.</translation>
    </message>
</context>
<context>
    <name>lead.answer.required</name>
    <message>
        <source>Please answer this question.</source>
        <translation>Responda a esta pergunta.</translation>
    </message>
</context>
<context>
    <name>lead.answer.too_long</name>
    <message>
        <source>Please shorten your answer to {max} characters.</source>
        <translation>Encurte a resposta para {max} caracteres.</translation>
    </message>
</context>
<context>
    <name>lead.answer.unknown</name>
    <message>
        <source>This question is not part of the event: {id}.</source>
        <translation>Esta pergunta não faz parte do evento: {id}.</translation>
    </message>
</context>
<context>
    <name>lead.company.too_long</name>
    <message>
        <source>Please shorten the company name to {max} characters.</source>
        <translation>Encurte o nome da empresa para {max} caracteres, no máximo.</translation>
    </message>
</context>
<context>
    <name>lead.consent.required</name>
    <message>
        <source>This consent is needed: without it we cannot pass your details on for this purpose, so the form cannot be sent.</source>
        <translation>Este consentimento é necessário: sem ele não podemos transmitir os seus dados para esta finalidade, pelo que o formulário não pode ser enviado.</translation>
    </message>
</context>
<context>
    <name>lead.consent.unknown</name>
    <message>
        <source>This consent purpose is not part of the event: {id}.</source>
        <translation>Esta finalidade de consentimento não faz parte do evento: {id}.</translation>
    </message>
</context>
<context>
    <name>lead.contact.required</name>
    <message>
        <source>Please give an email address or a phone number so that we can reply.</source>
        <translation>Indique um endereço de e-mail ou um número de telefone para que possamos responder-lhe.</translation>
    </message>
</context>
<context>
    <name>lead.country.unknown</name>
    <message>
        <source>Please choose a country or region from the list.</source>
        <translation>Escolha um país ou região da lista.</translation>
    </message>
</context>
<context>
    <name>lead.email.invalid</name>
    <message>
        <source>Please check the email address (for example name@example.com).</source>
        <translation>Verifique o endereço de e-mail (por exemplo, nome@exemplo.pt).</translation>
    </message>
</context>
<context>
    <name>lead.email.too_long</name>
    <message>
        <source>This email address is too long.</source>
        <translation>Este endereço de e-mail é demasiado longo.</translation>
    </message>
</context>
<context>
    <name>lead.exhibitors.too_many</name>
    <message>
        <source>Please choose at most {max} exhibitors.</source>
        <translation>Escolha no máximo {max} expositores.</translation>
    </message>
</context>
<context>
    <name>lead.exhibitors.unknown</name>
    <message>
        <source>This exhibitor is not part of the event: {id}.</source>
        <translation>Este expositor não faz parte do evento: {id}.</translation>
    </message>
</context>
<context>
    <name>lead.family_name.too_long</name>
    <message>
        <source>Please shorten your family name to {max} characters.</source>
        <translation>Encurte o apelido para {max} caracteres.</translation>
    </message>
</context>
<context>
    <name>lead.field.invalid</name>
    <message>
        <source>This value cannot be used.</source>
        <translation>Este valor não pode ser utilizado.</translation>
    </message>
</context>
<context>
    <name>lead.given_name.too_long</name>
    <message>
        <source>Please shorten your given name(s) to {max} characters.</source>
        <translation>Encurte o nome próprio para {max} caracteres.</translation>
    </message>
</context>
<context>
    <name>lead.job_title.too_long</name>
    <message>
        <source>Please shorten the job title to {max} characters.</source>
        <translation>Encurte o cargo para {max} caracteres, no máximo.</translation>
    </message>
</context>
<context>
    <name>lead.matching.no_exhibitors</name>
    <message>
        <source>Choose at least one exhibitor you would like to meet.</source>
        <translation>Escolha pelo menos um expositor com quem gostaria de se reunir.</translation>
    </message>
</context>
<context>
    <name>lead.matching_day.invalid</name>
    <message>
        <source>Please choose a day from the list.</source>
        <translation>Escolha um dia da lista.</translation>
    </message>
</context>
<context>
    <name>lead.matching_day.out_of_range</name>
    <message>
        <source>Please choose a day between {starts} and {ends}.</source>
        <translation>Escolha um dia entre {starts} e {ends}.</translation>
    </message>
</context>
<context>
    <name>lead.matching_slot.invalid</name>
    <message>
        <source>Please choose morning or afternoon.</source>
        <translation>Escolha manhã ou tarde.</translation>
    </message>
</context>
<context>
    <name>lead.message.too_long</name>
    <message>
        <source>Please shorten your message to {max} characters (it has {length}).</source>
        <translation>Encurte a mensagem para {max} caracteres, no máximo (tem {length}).</translation>
    </message>
</context>
<context>
    <name>lead.name.required</name>
    <message>
        <source>Please enter your name.</source>
        <translation>Introduza o seu nome.</translation>
    </message>
</context>
<context>
    <name>lead.name.too_long</name>
    <message>
        <source>Please shorten your name to {max} characters.</source>
        <translation>Encurte o nome para {max} caracteres, no máximo.</translation>
    </message>
</context>
<context>
    <name>lead.phone.invalid</name>
    <message>
        <source>Please check the phone number and the country or region.</source>
        <translation>Verifique o número de telefone e o país ou região.</translation>
    </message>
</context>
<context>
    <name>lead.phone.needs_country</name>
    <message>
        <source>Choose your country or region, or start the number with +.</source>
        <translation>Escolha o seu país ou região, ou comece o número por +.</translation>
    </message>
</context>
<context>
    <name>lead.phone.too_long</name>
    <message>
        <source>This phone number is too long.</source>
        <translation>Este número de telefone é demasiado longo.</translation>
    </message>
</context>
<context>
    <name>lead.save.disk_full</name>
    <message>
        <source>Sorry, your details could not be saved because the kiosk&apos;s storage is full. Everything you entered is still here: please ask a member of staff for help.</source>
        <translation>Lamentamos, não foi possível guardar os seus dados porque o armazenamento do quiosque está cheio. Tudo o que introduziu continua aqui: peça ajuda a um membro da equipa.</translation>
    </message>
</context>
<context>
    <name>lead.save.failed</name>
    <message>
        <source>Sorry, your details could not be saved just now. Everything you entered is still here: please try again in a moment, or ask a member of staff for help.</source>
        <translation>Lamentamos, não foi possível guardar os seus dados neste momento. Tudo o que introduziu continua aqui: tente novamente daqui a pouco ou peça ajuda a um membro da equipa.</translation>
    </message>
</context>
<context>
    <name>lead.save.locked</name>
    <message>
        <source>Sorry, the kiosk is busy for a moment and could not save your details. Everything you entered is still here: please send it again.</source>
        <translation>Lamentamos, o quiosque está momentaneamente ocupado e não conseguiu guardar os seus dados. Tudo o que introduziu continua aqui: envie-os novamente.</translation>
    </message>
</context>
<context>
    <name>lead.save.read_only</name>
    <message>
        <source>Sorry, the kiosk cannot save details at the moment. Everything you entered is still here: please ask a member of staff for help.</source>
        <translation>Lamentamos, o quiosque não consegue guardar dados neste momento. Tudo o que introduziu continua aqui: peça ajuda a um membro da equipa.</translation>
    </message>
</context>
<context>
    <name>lead.save.slot_full</name>
    <message>
        <source>Sorry, a meeting slot you chose has just been booked by someone else. Everything you entered is still here: please choose another time.</source>
        <translation>Lamentamos, um horário de reunião que escolheu acabou de ser marcado por outra pessoa. Tudo o que introduziu continua aqui: escolha outra hora.</translation>
    </message>
</context>
<context>
    <name>lead.save.slot_over</name>
    <message>
        <source>Sorry, a meeting slot you chose has already started. Everything you entered is still here: please choose another time.</source>
        <translation>Lamentamos, um horário de reunião que escolheu já começou. Tudo o que introduziu continua aqui: escolha outra hora.</translation>
    </message>
</context>
<context>
    <name>lead.sectors.too_many</name>
    <message>
        <source>Please choose at most {max} sectors.</source>
        <translation>Escolha no máximo {max} setores.</translation>
    </message>
</context>
<context>
    <name>lead.sectors.unknown</name>
    <message>
        <source>This sector is not part of the event: {id}.</source>
        <translation>Este setor não faz parte do evento: {id}.</translation>
    </message>
</context>
<context>
    <name>matching.cannot_change</name>
    <message>
        <source>meeting {meeting} is {status}; it cannot be {action}</source>
        <translation>a reunião {meeting} está {status}; não pode ser {action}</translation>
    </message>
</context>
<context>
    <name>matching.not_movable</name>
    <message>
        <source>meeting {meeting} is {status}; only a booked one moves</source>
        <translation>a reunião {meeting} está {status}; só uma reunião marcada pode mudar de horário</translation>
    </message>
</context>
<context>
    <name>matching.other_event</name>
    <message>
        <source>the meeting&apos;s event is not the one loaded</source>
        <translation>o evento da reunião não é o que está carregado</translation>
    </message>
</context>
<context>
    <name>meeting.cancel</name>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>meeting.cancelled</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>meeting.confirm</name>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
</context>
<context>
    <name>meeting.confirmed</name>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
</context>
<context>
    <name>meeting.conflict</name>
    <message>
        <source>Conflict: table given to another visitor</source>
        <translation>Conflito: mesa atribuída a outro visitante</translation>
    </message>
</context>
<context>
    <name>meeting.mark_no_show</name>
    <message>
        <source>marked as a no-show</source>
        <translation>marcada como falta de comparência</translation>
    </message>
</context>
<context>
    <name>meeting.no_show</name>
    <message>
        <source>No-show</source>
        <translation>Não compareceu</translation>
    </message>
</context>
<context>
    <name>meeting.pending</name>
    <message>
        <source>Pending confirmation</source>
        <translation>Por confirmar</translation>
    </message>
</context>
<context>
    <name>pin.common</name>
    <message>
        <source>the PIN is one of the most common PINs; choose one nobody would guess</source>
        <translation>o PIN é um dos PIN mais comuns; escolha um que ninguém adivinhe</translation>
    </message>
</context>
<context>
    <name>pin.digits</name>
    <message>
        <source>the PIN must be digits only</source>
        <translation>o PIN só pode ter algarismos</translation>
    </message>
</context>
<context>
    <name>pin.long</name>
    <message>
        <source>the PIN must have at most {max} digits</source>
        <translation>o PIN pode ter no máximo {max} algarismos</translation>
    </message>
</context>
<context>
    <name>pin.pattern</name>
    <message>
        <source>the PIN must not repeat a group of digits (121212, 123123, 112233) or read the same backwards (123321)</source>
        <translation>o PIN não pode repetir um grupo de algarismos (121212, 123123, 112233) nem ler-se igual ao contrário (123321)</translation>
    </message>
</context>
<context>
    <name>pin.repeat</name>
    <message>
        <source>the PIN must not repeat one digit</source>
        <translation>o PIN não pode repetir um só algarismo</translation>
    </message>
</context>
<context>
    <name>pin.run</name>
    <message>
        <source>the PIN must not climb or fall in equal steps, such as 123456, 654321 or 135791</source>
        <translation>o PIN não pode subir ou descer em passos iguais, como 123456, 654321 ou 135791</translation>
    </message>
</context>
<context>
    <name>pin.short</name>
    <message>
        <source>the PIN must have at least {min} digits</source>
        <translation>o PIN tem de ter pelo menos {min} algarismos</translation>
    </message>
</context>
<context>
    <name>pin.varied</name>
    <message>
        <source>the PIN must use at least 3 different digits, none in more than half the places (not 000001 or 121211)</source>
        <translation>o PIN tem de usar pelo menos 3 algarismos diferentes, nenhum em mais de metade das posições (não 000001 nem 121211)</translation>
    </message>
</context>
<context>
    <name>position.both</name>
    <message>
        <source>position: give a position or --clear, not both</source>
        <translation>position: indique uma posição ou --clear, não ambos</translation>
    </message>
</context>
<context>
    <name>position.malformed</name>
    <message>
        <source>{value} is not a position; write it as PAVILION/POSITION</source>
        <translation>{value} não é uma posição; escreva-a como PAVILHÃO/POSIÇÃO</translation>
    </message>
</context>
<context>
    <name>position.none_known</name>
    <message>
        <source>{value} is not a position on the maps (known: none: the content pack names no positions)</source>
        <translation>{value} não é uma posição nos mapas (existentes: nenhuma; o pacote de conteúdos não indica posições)</translation>
    </message>
</context>
<context>
    <name>position.unknown</name>
    <message>
        <source>{value} is not a position on the maps (known: {known})</source>
        <translation>{value} não é uma posição nos mapas (existentes: {known})</translation>
    </message>
</context>
<context>
    <name>settings.idle_range</name>
    <message>
        <source>The idle time must be between {min} and {max} seconds.</source>
        <translation>O tempo sem toques tem de estar entre {min} e {max} segundos.</translation>
    </message>
</context>
<context>
    <name>settings.kiosk_id_chars</name>
    <message>
        <source>The kiosk id may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>A identificação do quiosque só pode ter letras, algarismos, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>settings.kiosk_id_empty</name>
    <message>
        <source>The kiosk id must not be empty.</source>
        <translation>A identificação do quiosque não pode ficar vazia.</translation>
    </message>
</context>
<context>
    <name>settings.kiosk_id_long</name>
    <message>
        <source>The kiosk id must have at most {max} characters.</source>
        <translation>A identificação do quiosque pode ter no máximo {max} caracteres.</translation>
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
        <translation>é um SVG com DTD ou entidades; remova o &lt;!DOCTYPE ...&gt;</translation>
    </message>
</context>
<context>
    <name>svg.element</name>
    <message>
        <source>is an SVG holding &lt;{element}&gt;; the kiosk shows only drawings</source>
        <translation>é um SVG que contém &lt;{element}&gt;; o quiosque só mostra desenhos</translation>
    </message>
</context>
<context>
    <name>svg.event_handler</name>
    <message>
        <source>is an SVG with an event handler ({attribute}); remove it</source>
        <translation>é um SVG com um processador de eventos ({attribute}); remova-o</translation>
    </message>
</context>
<context>
    <name>svg.href</name>
    <message>
        <source>is an SVG that refers to another file ({target}); embed what it draws</source>
        <translation>é um SVG que remete para outro ficheiro ({target}); incorpore o que ele desenha</translation>
    </message>
</context>
<context>
    <name>svg.malformed</name>
    <message>
        <source>is not a well-formed SVG file ({detail})</source>
        <translation>não é um ficheiro SVG bem formado ({detail})</translation>
    </message>
</context>
<context>
    <name>svg.no_size</name>
    <message>
        <source>is an SVG without a size; give its &lt;svg&gt; a viewBox (or width and height in pixels)</source>
        <translation>é um SVG sem tamanho; dê ao seu &lt;svg&gt; uma viewBox (ou largura e altura em píxeis)</translation>
    </message>
</context>
<context>
    <name>svg.not_svg</name>
    <message>
        <source>is XML but not an SVG image (its root must be &lt;svg&gt; in the SVG namespace)</source>
        <translation>é XML mas não é uma imagem SVG (a raiz tem de ser &lt;svg&gt; no espaço de nomes SVG)</translation>
    </message>
</context>
<context>
    <name>svg.outside_url</name>
    <message>
        <source>is an SVG whose {attribute} refers to another file; remove it</source>
        <translation>é um SVG cujo {attribute} remete para outro ficheiro; remova-o</translation>
    </message>
</context>
<context>
    <name>svg.style_import</name>
    <message>
        <source>is an SVG whose style sheet refers to another file; remove it</source>
        <translation>é um SVG cuja folha de estilo remete para outro ficheiro; remova-a</translation>
    </message>
</context>
<context>
    <name>term.bidi_control</name>
    <message>
        <source>a bidirectional control</source>
        <translation>um carácter de controlo bidirecional</translation>
    </message>
</context>
<context>
    <name>term.control_character</name>
    <message>
        <source>a control character</source>
        <translation>um carácter de controlo</translation>
    </message>
</context>
<context>
    <name>term.cross_border.categories</name>
    <message>
        <source>the categories of personal data sent</source>
        <translation>as categorias de dados pessoais enviados</translation>
    </message>
</context>
<context>
    <name>term.cross_border.contact</name>
    <message>
        <source>the recipient&apos;s contact details</source>
        <translation>os contactos do destinatário</translation>
    </message>
</context>
<context>
    <name>term.cross_border.method</name>
    <message>
        <source>how the data is processed there</source>
        <translation>a forma como os dados são tratados lá</translation>
    </message>
</context>
<context>
    <name>term.cross_border.purpose</name>
    <message>
        <source>the purpose of the transfer</source>
        <translation>a finalidade da transferência</translation>
    </message>
</context>
<context>
    <name>term.cross_border.recipient</name>
    <message>
        <source>the recipient&apos;s name</source>
        <translation>o nome do destinatário</translation>
    </message>
</context>
<context>
    <name>term.cross_border.rights</name>
    <message>
        <source>how to exercise one&apos;s rights with the recipient</source>
        <translation>como exercer os direitos junto do destinatário</translation>
    </message>
</context>
<context>
    <name>term.device</name>
    <message>
        <source>a device</source>
        <translation>um dispositivo</translation>
    </message>
</context>
<context>
    <name>term.exhibitor</name>
    <message>
        <source>exhibitor</source>
        <translation>expositor</translation>
    </message>
</context>
<context>
    <name>term.fifo</name>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>um pipe com nome (FIFO)</translation>
    </message>
</context>
<context>
    <name>term.folder</name>
    <message>
        <source>a folder</source>
        <translation>uma pasta</translation>
    </message>
</context>
<context>
    <name>term.language.en</name>
    <message>
        <source>English</source>
        <translation>inglês</translation>
    </message>
</context>
<context>
    <name>term.language.pt</name>
    <message>
        <source>Portuguese</source>
        <translation>português</translation>
    </message>
</context>
<context>
    <name>term.language.zh_hans</name>
    <message>
        <source>Simplified Chinese</source>
        <translation>chinês simplificado</translation>
    </message>
</context>
<context>
    <name>term.language.zh_hant</name>
    <message>
        <source>Traditional Chinese</source>
        <translation>chinês tradicional</translation>
    </message>
</context>
<context>
    <name>term.meeting.cancelled</name>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>term.meeting.confirmed</name>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
</context>
<context>
    <name>term.meeting.conflict</name>
    <message>
        <source>in conflict</source>
        <translation>em conflito</translation>
    </message>
</context>
<context>
    <name>term.meeting.no_show</name>
    <message>
        <source>a no-show</source>
        <translation>uma falta de comparência</translation>
    </message>
</context>
<context>
    <name>term.meeting.pending</name>
    <message>
        <source>pending</source>
        <translation>por confirmar</translation>
    </message>
</context>
<context>
    <name>term.no</name>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
</context>
<context>
    <name>term.not_regular</name>
    <message>
        <source>not a regular file</source>
        <translation>um ficheiro que não é normal</translation>
    </message>
</context>
<context>
    <name>term.pack_folder</name>
    <message>
        <source>the pack folder</source>
        <translation>a pasta do pacote</translation>
    </message>
</context>
<context>
    <name>term.pavilion</name>
    <message>
        <source>pavilion</source>
        <translation>pavilhão</translation>
    </message>
</context>
<context>
    <name>term.phone.country_code</name>
    <message>
        <source>its country code does not exist</source>
        <translation>o indicativo do país não existe</translation>
    </message>
</context>
<context>
    <name>term.phone.impossible</name>
    <message>
        <source>it is not a possible number</source>
        <translation>não é um número possível</translation>
    </message>
</context>
<context>
    <name>term.phone.length</name>
    <message>
        <source>it has the wrong number of digits</source>
        <translation>tem um número errado de algarismos</translation>
    </message>
</context>
<context>
    <name>term.phone.too_long</name>
    <message>
        <source>it has too many digits</source>
        <translation>tem algarismos a mais</translation>
    </message>
</context>
<context>
    <name>term.phone.too_short</name>
    <message>
        <source>it has too few digits</source>
        <translation>tem algarismos a menos</translation>
    </message>
</context>
<context>
    <name>term.qr_field</name>
    <message>
        <source>{field} ({length:,} characters)</source>
        <translation>{field} ({length:,} caracteres)</translation>
    </message>
</context>
<context>
    <name>term.qr_fields</name>
    <message>
        <source>{first} ({first_length:,} characters), {second} ({second_length:,} characters)</source>
        <translation>{first} ({first_length:,} caracteres), {second} ({second_length:,} caracteres)</translation>
    </message>
</context>
<context>
    <name>term.qr_vcard</name>
    <message>
        <source>contact (vCard)</source>
        <translation>contacto (vCard)</translation>
    </message>
</context>
<context>
    <name>term.qr_website</name>
    <message>
        <source>website</source>
        <translation>site</translation>
    </message>
</context>
<context>
    <name>term.sector</name>
    <message>
        <source>sector</source>
        <translation>setor</translation>
    </message>
</context>
<context>
    <name>term.session</name>
    <message>
        <source>session</source>
        <translation>sessão</translation>
    </message>
</context>
<context>
    <name>term.socket</name>
    <message>
        <source>a socket</source>
        <translation>um socket</translation>
    </message>
</context>
<context>
    <name>term.workbook_folder</name>
    <message>
        <source>the workbook&apos;s folder</source>
        <translation>a pasta do livro</translation>
    </message>
</context>
<context>
    <name>term.yes</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
</context>
<context>
    <name>value.false</name>
    <message>
        <source>false</source>
        <translation>false (falso)</translation>
    </message>
</context>
<context>
    <name>value.list</name>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
</context>
<context>
    <name>value.null</name>
    <message>
        <source>null</source>
        <translation>null (nulo)</translation>
    </message>
</context>
<context>
    <name>value.number</name>
    <message>
        <source>a number ({value})</source>
        <translation>um número ({value})</translation>
    </message>
</context>
<context>
    <name>value.object</name>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
</context>
<context>
    <name>value.other</name>
    <message>
        <source>a value of type {type}</source>
        <translation>um valor do tipo {type}</translation>
    </message>
</context>
<context>
    <name>value.string</name>
    <message>
        <source>a string ({value})</source>
        <translation>um texto ({value})</translation>
    </message>
</context>
<context>
    <name>value.true</name>
    <message>
        <source>true</source>
        <translation>true (verdadeiro)</translation>
    </message>
</context>
<context>
    <name>wipe.backlog</name>
    <message>
        <source>wipe refused: {waiting} lead(s) have not reached the central pool yet and would never get there once wiped; connect the kiosk to the pool and run &apos;kiosk sync&apos; (or wait for the running kiosk to send them), then wipe</source>
        <translation>limpeza recusada: {waiting} contacto(s) ainda não chegaram à base de dados central e nunca chegarão depois de apagados; ligue o quiosque à base central e execute &apos;kiosk sync&apos; (ou espere que o quiosque em funcionamento os envie) e depois apague</translation>
    </message>
</context>
<context>
    <name>wipe.backlog_refused</name>
    <message>
        <source>wipe refused: {waiting} lead(s) have not reached the central pool yet and would never get there once wiped; the pool refused rows of {refused} of them (see &apos;kiosk sync --status&apos; for why): fix the cause, run &apos;kiosk sync --replay&apos;, then wipe</source>
        <translation>limpeza recusada: {waiting} contacto(s) ainda não chegaram à base de dados central e nunca chegarão depois de apagados; a base central recusou linhas de {refused} deles (veja o motivo em &apos;kiosk sync --status&apos;): corrija a causa, execute &apos;kiosk sync --replay&apos; e depois apague</translation>
    </message>
</context>
<context>
    <name>wipe.confirm</name>
    <message>
        <source>wipe refused: type &apos;{phrase}&apos; exactly to confirm that leads not exported will be lost</source>
        <translation>limpeza recusada: escreva &apos;{phrase}&apos; exatamente para confirmar que os contactos não exportados se perderão</translation>
    </message>
</context>
<context>
    <name>wipe.no_export</name>
    <message>
        <source>wipe refused: no verified export of the leads to a drive exists; export them first, or wipe everything by typing &apos;{phrase}&apos; to confirm that they will be lost</source>
        <translation>limpeza recusada: não existe nenhuma exportação verificada dos contactos para uma unidade; exporte-os primeiro, ou apague tudo escrevendo &apos;{phrase}&apos; para confirmar que se perderão</translation>
    </message>
</context>
<context>
    <name>wipe.no_export_others</name>
    <message>
        <source>wipe refused: no verified export of the leads to a drive exists; export them first, or wipe everything by typing &apos;{phrase}&apos; to confirm that they will be lost; exports to a folder on the kiosk&apos;s own disk (--internal), of one exhibitor, or made before drives were checked do not count</source>
        <translation>limpeza recusada: não existe nenhuma exportação verificada dos contactos para uma unidade; exporte-os primeiro, ou apague tudo escrevendo &apos;{phrase}&apos; para confirmar que se perderão; exportações para uma pasta no disco do próprio quiosque (--internal), de um só expositor, ou feitas antes de as unidades serem verificadas não contam</translation>
    </message>
</context>
<context>
    <name>workbook.bad_zip</name>
    <message>
        <source>is not an Excel workbook (.xlsx): {reason}</source>
        <translation>não é um livro do Excel (.xlsx): {reason}</translation>
    </message>
</context>
<context>
    <name>workbook.column_twice</name>
    <message>
        <source>column {column} is also {other}</source>
        <translation>a coluna {column} é também {other}</translation>
    </message>
</context>
<context>
    <name>workbook.damaged</name>
    <message>
        <source>it is damaged and cannot be read ({reason}); open the workbook in Excel and save it again</source>
        <translation>está danificado e não pode ser lido ({reason}); abra o livro no Excel e guarde-o de novo</translation>
    </message>
</context>
<context>
    <name>workbook.date_in_text</name>
    <message>
        <source>Excel stored this as a date or time ({shown}); format the column as Text and type the value again</source>
        <translation>o Excel guardou isto como data ou hora ({shown}); formate a coluna como Texto e escreva o valor de novo</translation>
    </message>
</context>
<context>
    <name>workbook.excel_error</name>
    <message>
        <source>is the Excel error {error}; type the value itself</source>
        <translation>é o erro do Excel {error}; escreva o próprio valor</translation>
    </message>
</context>
<context>
    <name>workbook.folder</name>
    <message>
        <source>is a folder, not a workbook</source>
        <translation>é uma pasta, não um livro</translation>
    </message>
</context>
<context>
    <name>workbook.formula</name>
    <message>
        <source>is a formula ({formula}); the kiosk does not calculate: type the value itself (copy, then Paste Values)</source>
        <translation>é uma fórmula ({formula}); o quiosque não calcula: escreva o próprio valor (copie e depois Colar Valores)</translation>
    </message>
</context>
<context>
    <name>workbook.hidden_sheet</name>
    <message>
        <source>is a hidden sheet; unhide it (right-click a sheet tab, Unhide) so that what the kiosk reads is what you see, or delete it</source>
        <translation>é uma folha oculta; mostre-a (clique com o botão direito num separador de folha, Mostrar) para que o quiosque leia o que vê, ou apague-a</translation>
    </message>
</context>
<context>
    <name>workbook.link_empty</name>
    <message>
        <source>is empty; name the {what}&apos;s id</source>
        <translation>está vazio; indique o id de {what}</translation>
    </message>
</context>
<context>
    <name>workbook.macro_enabled</name>
    <message>
        <source>is a macro-enabled workbook; the kiosk reads no macros: save it as &quot;Excel Workbook (.xlsx)&quot;</source>
        <translation>é um livro com macros; o quiosque não lê macros: guarde-o como &quot;Livro do Excel (.xlsx)&quot;</translation>
    </message>
</context>
<context>
    <name>workbook.macros</name>
    <message>
        <source>holds macros (it is a macro-enabled workbook renamed .xlsx); the kiosk reads no macros: save it as &quot;Excel Workbook (.xlsx)&quot;</source>
        <translation>contém macros (é um livro com macros com o nome mudado para .xlsx); o quiosque não lê macros: guarde-o como &quot;Livro do Excel (.xlsx)&quot;</translation>
    </message>
</context>
<context>
    <name>workbook.merged</name>
    <message>
        <source>merged cells; unmerge them (Home, Merge &amp; Center) and fill in each cell</source>
        <translation>células unidas; separe-as (Base, Unir e Centrar) e preencha cada célula</translation>
    </message>
</context>
<context>
    <name>workbook.missing_column</name>
    <message>
        <source>has no column {columns} in row 1 (the headers must stay as the template writes them)</source>
        <translation>não tem a coluna {columns} na linha 1 (os cabeçalhos têm de ficar como o modelo os escreve)</translation>
    </message>
</context>
<context>
    <name>workbook.missing_sheet</name>
    <message>
        <source>this sheet is missing; the workbook needs the sheets {sheets} (&apos;kiosk content template&apos; writes them all)</source>
        <translation>falta esta folha; o livro precisa das folhas {sheets} (&apos;kiosk content template&apos; escreve-as todas)</translation>
    </message>
</context>
<context>
    <name>workbook.no_file</name>
    <message>
        <source>no such file</source>
        <translation>esse ficheiro não existe</translation>
    </message>
</context>
<context>
    <name>workbook.no_header</name>
    <message>
        <source>this cell is in a column with no header in row 1; add the header or clear the column</source>
        <translation>esta célula está numa coluna sem cabeçalho na linha 1; acrescente o cabeçalho ou limpe a coluna</translation>
    </message>
</context>
<context>
    <name>workbook.not_regular</name>
    <message>
        <source>is not a regular file</source>
        <translation>não é um ficheiro normal</translation>
    </message>
</context>
<context>
    <name>workbook.not_workbook</name>
    <message>
        <source>is not an Excel workbook (.xlsx); save the sheet from Excel as one</source>
        <translation>não é um livro do Excel (.xlsx); guarde a folha a partir do Excel nesse formato</translation>
    </message>
</context>
<context>
    <name>workbook.not_yes_no</name>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} não é sim nem não</translation>
    </message>
</context>
<context>
    <name>workbook.number_as_date</name>
    <message>
        <source>{value} is a number, not a date (as a date it would be {day}); type the date as YYYY-MM-DD or format the cell as a date</source>
        <translation>{value} é um número, não uma data (como data seria {day}); escreva a data como AAAA-MM-DD (YYYY-MM-DD) ou formate a célula como data</translation>
    </message>
</context>
<context>
    <name>workbook.number_not_date</name>
    <message>
        <source>{value} is a number, not a date; type the date as YYYY-MM-DD or format the cell as a date</source>
        <translation>{value} é um número, não uma data; escreva a data como AAAA-MM-DD (YYYY-MM-DD) ou formate a célula como data</translation>
    </message>
</context>
<context>
    <name>workbook.number_not_time</name>
    <message>
        <source>{value} is a number, not a time; type the time as HH:MM or format the cell as a time</source>
        <translation>{value} é um número, não uma hora; escreva a hora como HH:MM ou formate a célula como hora</translation>
    </message>
</context>
<context>
    <name>workbook.old_or_protected</name>
    <message>
        <source>is an Excel 97-2003 workbook or one protected by a password; save it without a password as &quot;Excel Workbook (.xlsx)&quot;</source>
        <translation>é um livro do Excel 97-2003 ou protegido por palavra-passe; guarde-o sem palavra-passe como &quot;Livro do Excel (.xlsx)&quot;</translation>
    </message>
</context>
<context>
    <name>workbook.one_each</name>
    <message>
        <source>{owner} already has a {what} in row {row}; keep one</source>
        <translation>{owner} já tem {what} na linha {row}; mantenha um</translation>
    </message>
</context>
<context>
    <name>workbook.one_row</name>
    <message>
        <source>this sheet holds one {what} in row {row}; clear this row</source>
        <translation>esta folha tem um só {what}, na linha {row}; limpe esta linha</translation>
    </message>
</context>
<context>
    <name>workbook.open_document</name>
    <message>
        <source>is an OpenDocument spreadsheet; save it as &quot;Excel Workbook (.xlsx)&quot;</source>
        <translation>é uma folha de cálculo OpenDocument; guarde-a como &quot;Livro do Excel (.xlsx)&quot;</translation>
    </message>
</context>
<context>
    <name>workbook.row_2_empty</name>
    <message>
        <source>row 2 is empty; this sheet&apos;s details are required</source>
        <translation>a linha 2 está vazia; os dados desta folha são obrigatórios</translation>
    </message>
</context>
<context>
    <name>workbook.sheet_damaged</name>
    <message>
        <source>the sheet {sheet} is damaged and cannot be read ({reason}); open the workbook in Excel and save it again</source>
        <translation>a folha {sheet} está danificada e não pode ser lida ({reason}); abra o livro no Excel e guarde-o de novo</translation>
    </message>
</context>
<context>
    <name>workbook.sign_formula</name>
    <message>
        <source>is a formula ({formula}): Excel took text starting with {sign} for one; type it with &apos; in front (&apos;{text}) or format the column as Text</source>
        <translation>é uma fórmula ({formula}): o Excel tomou por fórmula um texto começado por {sign}; escreva-o com &apos; à frente (&apos;{text}) ou formate a coluna como Texto</translation>
    </message>
</context>
<context>
    <name>workbook.too_big</name>
    <message>
        <source>is {size}; a workbook may be at most {limit}</source>
        <translation>tem {size}; um livro pode ter no máximo {limit}</translation>
    </message>
</context>
<context>
    <name>workbook.too_many_rows</name>
    <message>
        <source>the sheet has more than {limit:,} rows; the kiosk reads no further</source>
        <translation>a folha tem mais de {limit:,} linhas; o quiosque não lê mais</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_column</name>
    <message>
        <source>unknown column {column} (columns: {columns})</source>
        <translation>coluna desconhecida {column} (colunas: {columns})</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_column_hint</name>
    <message>
        <source>unknown column {column}; did you mean &quot;{suggestion}&quot;?</source>
        <translation>coluna desconhecida {column}; queria dizer &quot;{suggestion}&quot;?</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_owner</name>
    <message>
        <source>{owner} is not the id of any {what} on the {sheet} sheet</source>
        <translation>{owner} não é o id de nenhum {what} na folha {sheet}</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_owner_hint</name>
    <message>
        <source>{owner} is not the id of any {what} on the {sheet} sheet; did you mean &quot;{suggestion}&quot;?</source>
        <translation>{owner} não é o id de nenhum {what} na folha {sheet}; queria dizer &quot;{suggestion}&quot;?</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_owner_of</name>
    <message>
        <source>{owner} is not the id of any {what} of {parent} {parent_id} on the {sheet} sheet</source>
        <translation>{owner} não é o id de nenhum {what} de {parent} {parent_id} na folha {sheet}</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_owner_of_hint</name>
    <message>
        <source>{owner} is not the id of any {what} of {parent} {parent_id} on the {sheet} sheet; did you mean &quot;{suggestion}&quot;?</source>
        <translation>{owner} não é o id de nenhum {what} de {parent} {parent_id} na folha {sheet}; queria dizer &quot;{suggestion}&quot;?</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_sheet</name>
    <message>
        <source>is not a sheet the kiosk reads; delete it (the kiosk reads {sheets})</source>
        <translation>não é uma folha que o quiosque leia; apague-a (o quiosque lê {sheets})</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_sheet_hint</name>
    <message>
        <source>is not a sheet the kiosk reads; rename it back to &quot;{suggestion}&quot;</source>
        <translation>não é uma folha que o quiosque leia; volte a dar-lhe o nome &quot;{suggestion}&quot;</translation>
    </message>
</context>
<context>
    <name>workbook.unpacks_too_big</name>
    <message>
        <source>unpacks to {size}; a workbook may hold at most {limit}</source>
        <translation>descompactado tem {size}; um livro pode conter no máximo {limit}</translation>
    </message>
</context>
<context>
    <name>workbook.unreadable</name>
    <message>
        <source>is not an Excel workbook the kiosk can read ({reason})</source>
        <translation>não é um livro do Excel que o quiosque consiga ler ({reason})</translation>
    </message>
</context>
<context>
    <name>workbook.zip_not_workbook</name>
    <message>
        <source>is a zip file but not an Excel workbook (.xlsx)</source>
        <translation>é um ficheiro zip, mas não um livro do Excel (.xlsx)</translation>
    </message>
</context>
</TS>

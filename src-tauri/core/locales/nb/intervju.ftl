# Intervju — tekster på norsk bokmål. Hver id her finnes også i en/ og sv/ (en test sjekker det).

app-name = Intervju
nav-interviews = Intervjuer
nav-settings = Innstillinger
nav-main = Hovedmeny

## Phone layout — telefonoppsett: veien tilbake i topplinjen og fanelinjen nederst
nav-back = Tilbake
nav-home = Intervju, til listen over intervjuer

skip-to-content = Hopp til innholdet
loading = Laster …

## Handlinger
action-new-interview = Nytt intervju
action-save = Lagre
action-save-changes = Lagre endringene
action-cancel = Avbryt
action-edit = Endre
action-delete = Slett
action-back = Tilbake til listen
action-add-interviewer = Legg til en intervjuer
action-remove = Fjern

## Første gang
welcome-title = Velkommen til Intervju
welcome-lead = Hvert intervju lærer deg noe. Intervju hjelper deg å ta vare på det, så det neste går bedre.
welcome-step-prepare = Før: finn ut mer om bedriften, øv på svarene dine og på spørsmålene du vil stille.
welcome-step-way-in = På vei inn: en kort sjekkliste for klær og oppførsel.
welcome-step-reflect = Rett etterpå: to minutters refleksjon mens alt er friskt, og en roligere gjennomgang dagen etter.
welcome-step-learn = Hjemme: se hva som gikk bra, hva du ofte glemmer, og hva du vil gjøre annerledes.
welcome-privacy = Alt blir på denne enheten. Ingen konto, ingen sky, ingen sporing.
welcome-start = Legg inn mitt første intervju
welcome-skip = Se meg rundt først

## Listen
list-title = Intervjuer
list-upcoming = Kommende
list-past = Tidligere
list-empty-title = Ingen intervjuer ennå
list-empty-body = Legg inn det neste intervjuet du er invitert til. Bedrift, stilling og tidspunkt er nok; resten kan vente.
list-summary = { $total ->
    [one] Ett intervju
   *[other] { $total } intervjuer
  }, { $upcoming ->
    [0] ingen kommende
    [one] ett kommende
   *[other] { $upcoming } kommende
  }
list-now = Pågår nå
list-load-more = Vis flere

## Runder og status
round-first = Første intervju
round-second = Andre intervju
round-task = Oppgave eller case
round-other = Annet møte
status-planned = Planlagt
status-done = Gjennomført
status-awaiting = Venter på svar
status-next_round = Ny runde
status-offer = Tilbud
status-rejected = Avslag
status-withdrawn = Trukket
status-cancelled = Avlyst

## Skjemaet
form-new-title = Nytt intervju
form-edit-title = Endre intervju
form-section-job = Jobben
form-section-when = Når og hvor
form-section-people = Personer
form-section-ad = Stillingsannonsen
form-section-notes = Notater
field-company-label = Bedrift
field-company-placeholder = Hvem ansetter?
field-role-label = Stilling
field-role-placeholder = Stillingen du har søkt på
field-round-label = Runde
field-previous-round-label = Følger etter runden
field-previous-round-none = Ingen tidligere runde
field-status-label = Status
field-start-label = Starter
# The letters of a date field's pattern ("dd.mm.åååå"), in the order the language writes a date.
date-letters-day = dd
date-letters-month = mm
date-letters-year = åååå
# A time field's pattern, on the 24-hour clock.
time-letters = tt:mm
field-time-zone-label = Tidssone
field-time-zone-hint = Der intervjuet holdes. Tidspunkter og påminnelser følger denne sonen.
field-duration-label = Forventet varighet i minutter
field-location-label = Sted eller videolenke
field-location-placeholder = Adresse, rom eller møtelenke
field-interviewers-label = Intervjuere
field-interviewers-empty = Ingen lagt til ennå. Navn gjør det lettere å hilse og å følge opp etterpå.
field-interviewer-name-label = Navn
field-interviewer-role-label = Rollen deres
field-contact-name-label = Kontaktperson
field-contact-info-label = Telefon eller e-post
field-job-ad-url-label = Lenke til stillingsannonsen
field-job-ad-text-label = Teksten i annonsen
field-job-ad-text-hint = Lim inn teksten: annonser blir ofte fjernet før intervjuet.
field-notes-label = Notater
form-saved = Lagret
form-fix-errors = Noen felt må rettes før dette kan lagres.

## Detaljvisningen
detail-when = Når
detail-where = Hvor
detail-duration = { $minutes } min
detail-your-time = { $time } der du er
detail-interviewers = Intervjuere
detail-contact = Kontaktperson
detail-job-ad = Stillingsannonse
detail-open-ad = Annonsens adresse
detail-notes = Notater
detail-previous-round = Tidligere runde
detail-not-filled = Ikke fylt ut ennå
delete-confirm-title = Slette dette intervjuet?
delete-confirm-body = { $company }, { $role } — intervjuet og alt du har skrevet om det fjernes fra denne enheten. Dette kan ikke angres.
delete-confirm-yes = Slett for godt
deleted = Intervjuet ble slettet.

## Innstillinger
settings-title = Innstillinger
settings-language = Språk
settings-language-auto = Samme som systemet ({ $language })
language-en = English
language-nb = Norsk bokmål
language-sv = Svenska
settings-privacy-title = Dataene dine
settings-privacy-body = Intervju virker uten nett og sender ingenting noe sted. Intervjuene dine lagres bare på denne enheten, i denne mappen:
settings-privacy-memory = Intervjuene dine ligger bare i minnet og forsvinner når appen lukkes.
settings-about = Intervju { $version }
settings-show-welcome = Vis velkomsten igjen

## Feil
error-invalid-request = Appen sendte en forespørsel den ikke forsto. Ingenting ble endret.
error-validation = Noen felt må rettes.
error-not-found = Det intervjuet finnes ikke lenger.
error-database-too-new = Dataene dine ble lagret av en nyere versjon av Intervju (dataversjon { $found }; denne appen kjenner opp til { $supported }). Oppdater appen for å åpne dem. Ingenting ble endret.
error-storage = Dataene dine kunne ikke leses eller lagres. Ingenting ble endret.
error-io = Datamappen kan ikke brukes. Sjekk at disken har ledig plass og at det går an å skrive til mappen.
error-unexpected = Noe uventet gikk galt. Ingenting ble endret.
field-required = Dette feltet må fylles ut.
field-too-long = Bruk høyst { $max } tegn.
field-too-many = Legg til høyst { $max }.
field-out-of-range = Velg et tall fra { $min } til { $max }.
field-invalid-date-time = Skriv inn dato og klokkeslett, for eksempel 2026-12-01 10:00.
field-unknown-time-zone = Velg en tidssone fra listen, for eksempel Europe/Oslo.
field-nonexistent-time = Klokken hopper over dette tidspunktet når sommertiden begynner i den sonen. Velg et tidspunkt minst en time senere.
field-invalid-url = Skriv inn en nettadresse som begynner med https://
field-unknown-interview = Den tidligere runden finnes ikke lenger.
field-links-to-itself = En runde kan ikke følge etter seg selv eller en av sine egne senere runder.
field-control-characters = Fjern de usynlige kontrolltegnene.

## På vei inn: sjekklisten
checklist-open = På vei inn
checklist-open-hint = En rask sjekk av klær og oppførsel
checklist-title = På vei inn
checklist-progress = { $done } av { $total } klare
checklist-ready-title = Du er klar
checklist-ready-body = Pust dypt. De inviterte deg fordi de vil møte deg. Lykke til!
checklist-lessons-title = Husk fra sist
checklist-edit = Endre listen
checklist-done-editing = Ferdig med å endre
checklist-hide-here = Skjul her
checklist-hide-everywhere = Skjul på alle lister
checklist-hidden-title = Skjulte punkter
checklist-hidden-here = Skjult for dette intervjuet
checklist-hidden-everywhere = Skjult på alle lister
checklist-restore = Vis igjen
checklist-add-title = Legg til ditt eget punkt
checklist-add-text-label = Ditt punkt
checklist-add-section-label = Hvor det hører hjemme
checklist-add-everywhere = Legg det på listen for alle intervjuer
checklist-add = Legg til
checklist-remove = Slett
checklist-own-here = Ditt, for dette intervjuet
checklist-own-everywhere = Ditt, på alle lister
checklist-reset = Fjern alle haker
checklist-reset-confirm-title = Fjerne alle haker?
checklist-reset-confirm-body = Listen begynner på nytt for dette intervjuet. Skjulte punkter og dine egne punkter blir værende.
checklist-reset-yes = Fjern alle
checklist-empty = Alle punktene er skjult. Vis noen igjen nedenfor, eller legg til dine egne.
check-section-dress = Før du går
check-section-first_minute = Det første minuttet
check-section-conduct = Under intervjuet
check-dress-clean = Klær og sko er rene
check-dress-comfortable = Klær du føler deg vel i, og ingen som ser slitte ut
check-dress-scent = Parfyme eller etterbarberingsvann: mildt, eller ingenting
check-dress-no-smoking = Ingen røyk rett før – lukten henger igjen
check-dress-no-gum = Ingen tyggegummi, og ingen snus
check-first-eye-contact = Se dem i øynene
check-first-smile = Smil
check-first-introduce = Si navnet ditt og presenter deg
check-conduct-relax = Tenk på det som en vanlig samtale; de er nysgjerrige på deg
check-conduct-listen = Lytt, og svar på det de faktisk spør om
check-conduct-let-them-lead = La intervjueren styre samtalen
check-conduct-show-interest = Vis at jobben og arbeidsplassen interesserer deg
check-conduct-questions-when-invited = Vent med dine egne spørsmål til de inviterer til det
check-conduct-no-salary = Ikke ta opp lønn
check-conduct-no-badmouthing = Ikke si noe negativt om tidligere arbeidsgivere
check-conduct-positive = Vær entusiastisk, blid og positiv
check-conduct-silence = En kort pause er helt greit: ta deg tid til å tenke
check-conduct-be-yourself = Vær deg selv
field-unknown-item = Det punktet finnes ikke på denne listen.
field-built-in-item = Innebygde punkter kan skjules, men ikke slettes.

## Før: forberedelse, spørsmålsbanken og øving
nav-questions = Spørsmål
action-next-round = Planlegg neste runde
form-next-round-title = Neste runde
form-next-round-hint = Fylt ut fra den forrige runden hos { $company }. Sett nytt tidspunkt, og endre det som er annerledes.
list-add = Legg til
list-move-up = Flytt «{ $item }» opp
list-move-down = Flytt «{ $item }» ned
list-remove = Fjern «{ $item }»
prep-open = Forbered deg
prep-title = Forberedelse
prep-saving = Lagrer …
prep-saved = Alt er lagret
prep-research-title = Bedriften
prep-research = Dette vet jeg om bedriften
prep-research-hint = Hva de gjør, kundene deres, nyheter, kultur – og hva annonsen sier de trenger.
prep-keywords-title = Stikkordene mine
prep-keywords-hint = Korte stikkord, ikke et manus: nok til å huske det du vil si.
prep-strengths = Mine sterke sider
prep-weaknesses = Mine svake sider
prep-weaknesses-hint = Og hvordan du håndterer hver av dem.
prep-why-job = Hvorfor jeg vil ha denne jobben
prep-why-me = Hvorfor jeg er rett person
prep-second-title = For denne runden
prep-employer-gaps = Der jeg kan fylle et hull
prep-employer-gaps-hint = Styrker du har som arbeidsgiveren mangler eller har for lite av – ting du la merke til i forrige runde.
prep-next-step = Neste steg
prep-next-step-hint = Det du vil finne ut før du går: hva skjer videre, og når hører du fra dem.
prep-ask-title = Spørsmål jeg vil stille dem
prep-ask-hint = Vent med dem til de inviterer til spørsmål. Det viktigste først.
prep-ask-add = Legg til et spørsmål å stille
prep-ask-example = For eksempel: Hvordan ser et godt første år ut?
prep-gaps-title = Kunnskapshull å fylle
prep-gaps-hint = Det som føltes ukjent i forrige runde. Huk av når du har lest deg opp.
prep-gaps-add = Legg til et kunnskapshull
prep-competency-title = Kompetansen min, det mest verdifulle for dem først
prep-competency-hint = Sett først det denne arbeidsgiveren trenger mest. Dra, eller bruk pilene (Alt+↑/↓ på et punkt).
prep-competency-add = Legg til en kompetanse
prep-questions-title = Spørsmål jeg venter
prep-questions-hint = Med svarene du har øvd på. De ligger i spørsmålsbanken din og kan brukes igjen til andre intervjuer.
prep-question-label = Spørsmålet
prep-answer-label = Svaret mitt
prep-question-add = Legg til spørsmålet
prep-questions-pick = Velg …
prep-bank-pick-label = Et spørsmål fra spørsmålsbanken
prep-question-unlink = Ikke for dette intervjuet
prep-practise = { $count ->
    [one] Øv på dette spørsmålet
   *[other] Øv på disse { $count } spørsmålene
  }
prep-log-title = Øvingslogg
prep-log-hint = Å øve høyt sammen med noen hjelper mest, særlig hvis du er nervøs.
prep-log-date = Dato
prep-log-partner = Med hvem
prep-log-notes = Hva du tok med deg
prep-log-add = Før inn en øvelse
prep-log-with = med { $partner }
prep-task-title = En oppgave eller case
prep-task-brief = Dette ba de meg gjøre
prep-task-notes = Notatene mine til oppgaven
prep-task-add = Legg til en oppgave eller case
prep-earlier-title = { $round }: det du sa da
prep-earlier-hint = Mange spørsmål kommer igjen i neste runde. Vær konsekvent med det du sa, og gå dypere.
prep-earlier-asked = Spørsmål de stilte
prep-earlier-you-asked = Spørsmål du stilte dem
prep-earlier-open = Åpne den forrige runden
practice-title = Øving
practice-all = Alle spørsmålene i banken, de svakeste først
practice-count = Spørsmål { $current } av { $total }
practice-reveal = Vis svaret mitt
practice-your-answer = Svaret mitt
practice-no-answer = Du har ikke skrevet et svar ennå. Si et høyt, og skriv det så ned i forberedelsen.
practice-how = Hvordan gikk det?
practice-last-time = Sist: { $rating }
practice-done-title = Godt jobbet
practice-summary = Du øvde på { $total ->
    [one] ett spørsmål
   *[other] { $total } spørsmål
  }: { $good } gikk bra, { $okay } sånn passe, { $poor } trenger mer øving.
practice-again = Øv igjen
practice-back = Tilbake
practice-empty = Det er ingen spørsmål å øve på ennå. Legg inn spørsmålene du venter i forberedelsen.
rating-good = Gikk bra
rating-okay = Sånn passe
rating-poor = Trenger øving
bank-title = Spørsmålsbank
bank-intro = Alle spørsmålene du har forberedt, til alle intervjuer. Finpuss et svar én gang, bruk det mange ganger.
bank-empty = Banken er tom. Legg inn spørsmålene du venter, her eller i forberedelsen til et intervju.
bank-practise-all = Øv på alle
bank-tags = Stikkord
bank-tags-example = For eksempel: motivasjon, samarbeid
bank-usage = Forberedt til { $prepared }, stilt i { $asked }, øvd { $attempts } ganger.
bank-delete-title = Slette dette spørsmålet fra banken?

## Etterpå: refleksjon, nytt blikk, utfall, lærdommer
answer-yes = Ja
answer-partly = Delvis
answer-no = Nei
feeling-1 = Avslappet
feeling-2 = Rolig
feeling-3 = Midt imellom
feeling-4 = Anspent
feeling-5 = Stresset
rating-1 = Dårlig
rating-5 = Veldig bra
after-title = Etter intervjuet
after-reflect = Reflekter nå (2 minutter)
after-reflect-continue = Fortsett refleksjonen ({ $answered } av { $total })
after-reflect-edit = Åpne refleksjonen
after-later = Nytt blikk
after-later-edit = Åpne det nye blikket
reflect-title = Rett etterpå
reflect-progress = { $answered } av { $total } besvart
reflect-section-feel = Hvordan det føltes
reflect-feeling = Hvordan følte du deg under samtalen?
reflect-friendly = Var intervjueren vennlig mot deg?
reflect-mood-changed = Endret stemningen seg under samtalen?
reflect-mood-when = Hvis ja: når, og hva skjedde?
reflect-was-myself = Var du deg selv?
reflect-unsure = Øyeblikk som gjorde deg usikker
reflect-section-said = Det du sa
reflect-said-everything = Fikk du sagt alt du ville?
reflect-forgot = Hva glemte du å si?
reflect-forgot-hint = Ett punkt per linje. Hvert kommer tilbake som en påminnelse før de neste intervjuene dine.
reflect-enough-time = Fikk du nok tid til å snakke?
reflect-presented-strengths = Fikk du fram de sterke sidene dine?
reflect-which-strengths = Hvilke sterke sider la du fram?
reflect-section-learned = Det du lærte
reflect-learned = Hva lærte du om arbeidsplassen og den som ledet intervjuet?
reflect-know-more = Vet du mer om jobben enn før?
reflect-positive = Hva var positivt?
reflect-negative = Hva var negativt?
reflect-section-questions = Spørsmål
reflect-came-up = Hvilke av spørsmålene du forberedte kom opp?
reflect-no-prepared = Du hadde ingen spørsmål forberedt i banken til dette intervjuet.
reflect-new-question = Et nytt spørsmål de stilte
reflect-new-question-hint = Nye spørsmål går rett inn i spørsmålsbanken, så du kan øve på dem.
reflect-question-added = Lagt inn i spørsmålsbanken
reflect-section-rating = Din vurdering
reflect-rating = Hvor bra synes du det gikk?
reflect-done = Ferdig for nå
reflect-saved = Lagret. Du kan komme tilbake og legge til mer når som helst.
later-title = Nytt blikk
later-first-rating = Rett etterpå ga du
later-rating-of = { $rating } av 5
later-no-first-rating = Ingen vurdering ennå
later-rating-hint = Når de ser tilbake i ro og mak, oppdager mange at de gjorde det bedre enn de trodde.
later-rating = Og nå, med litt avstand?
later-section-job = Er dette jobben jeg vil ha?
later-want-job = Er dette jobben du vil ha?
later-know-enough = Vet du nok om stillingen?
later-will-fit = Kommer du til å passe inn?
later-matches-plans = Stemmer den med planene dine?
later-impression = Inntrykket ditt av selve jobben, kollegene og arbeidsmiljøet
later-section-next = Neste gang
later-next-questions = Spørsmål til en eventuell neste runde
later-do-differently = Hva vil du gjøre annerledes neste gang?
later-do-differently-hint = Ett punkt per linje. Hvert blir en lærdom du ser før de neste intervjuene dine.
outcome-title = Utfall
outcome-current = Status: { $status }
outcome-waiting = { $days ->
    [0] Ikke svar ennå – intervjuet var i dag.
    [one] Ikke svar ennå – én dag siden intervjuet.
   *[other] Ikke svar ennå – { $days } dager siden intervjuet.
  }
outcome-set-planned = Planlagt
outcome-set-done = Intervjuet er gjennomført
outcome-set-awaiting = Venter på svar
outcome-set-next_round = Invitert til neste runde
outcome-set-offer = Jeg fikk tilbud
outcome-set-rejected = Jeg fikk avslag
outcome-set-withdrawn = Jeg trakk meg
feedback-title = Spør hva du kan bli bedre på
feedback-prompt = Et nei er ikke slutten. Føltes intervjuet bra, så spør intervjueren hva du kan gjøre bedre neste gang – de fleste svarer gjerne, og det hjelper deg i neste intervju.
feedback-draft-label = En melding du kan sende
feedback-greeting-named = Hei { $name },
feedback-greeting = Hei,
feedback-draft = Takk for intervjuet for stillingen som { $role } hos { $company }. Det var synd at jobben ikke ble min, men jeg lærte mye av å møte dere.
    
    Vil du kort fortelle meg hva jeg kan bli bedre på til senere intervjuer? Det ville hjulpet meg mye.
    
    Vennlig hilsen
feedback-copy = Kopier meldingen
feedback-copied = Meldingen er kopiert.
feedback-select = Meldingen er markert: kopier den med Ctrl+C.
feedback-asked = Jeg har spurt om tilbakemelding
feedback-said = Dette sa de
lesson-forgot = Husk å nevne: { $text }
lesson-from = Fra { $company }
lesson-recurring = Kom opp etter { $count } intervjuer
lesson-learned = Lært
prep-earlier-reflection = Refleksjonen din etterpå
prep-earlier-rating = Din vurdering
prep-earlier-ratings = { $first } av 5 rett etterpå, { $later } av 5 senere
field-invalid-choice = Velg ett av svarene som tilbys.
field-invalid-transition = Den statusen kan ikke følge intervjuets nåværende status.

## Påminnelser
field-snooze-past-start = En påminnelse før intervjuet kan ikke utsettes til etter at det har begynt.
reminder-evening_before-title = I morgen: { $company }
reminder-evening_before-body = Intervjuet ditt for stillingen som { $role } er klokken { $time }. Gå gjennom forberedelsene i kveld.
reminder-hours_before-title = I dag klokken { $time }: { $company }
reminder-hours_before-body = Tid for å gjøre seg klar. Sjekklisten for klær og oppførsel er ett trykk unna.
reminder-minutes_before-title = { $company } om noen minutter
reminder-minutes_before-body = Pust rolig ut. Du er forberedt. Vær deg selv.
reminder-after_end-title = Hvordan gikk det hos { $company }?
reminder-after_end-body = Bruk to minutter på å reflektere mens alt er friskt.
reminder-next_day-title = Nytt blikk: { $company }
reminder-next_day-body = Med litt avstand: hvordan gikk det egentlig, og er dette jobben du vil ha?
reminder-follow_up-title = Ikke svar fra { $company } ennå?
reminder-follow_up-body = Det har gått en stund. En kort melding til kontaktpersonen viser at du fortsatt er interessert.
reminder-after_rejection-title = Spør { $company } om tilbakemelding
reminder-after_rejection-body = En kort melding kan fortelle deg hva du kan bli bedre på til neste intervju.
reminder-kind-evening_before = Kvelden før
reminder-kind-hours_before = Noen timer før
reminder-kind-minutes_before = Minutter før (ro deg ned)
reminder-kind-after_end = Etter intervjuet
reminder-kind-next_day = Dagen etter
reminder-kind-follow_up = Følg opp
reminder-kind-after_rejection = Etter et avslag
reminders-title = Påminnelser
reminders-hint = Tidene følger intervjuets egen tidssone. Ingen påminnelse lyder i de stille timene dine.
reminder-state-pending = { $time }
reminder-state-snoozed = Utsatt til { $time }
reminder-state-fired = Sendt { $time }
reminder-state-skipped = Ikke sendt: det var for sent
reminder-not-planned = Ingenting å minne om
reminder-change = Endre tidspunktet
due-title = Venter på deg
due-open = Åpne
due-dismiss = Lukk
due-snooze-minutes_15 = Om 15 min
due-snooze-hour_1 = Om 1 time
due-snooze-tomorrow_morning = I morgen tidlig
due-snoozed = Jeg minner deg på det igjen.
# Knappene i et skrivebordsvarsel (Linux).
notification-open = Åpne
notification-snooze-minutes_15 = Minn meg på om 15 min
notification-snooze-hour_1 = Minn meg på om 1 time
notification-snooze-tomorrow_morning = Minn meg på i morgen tidlig
settings-reminders-title = Påminnelser
settings-reminders-hint = Standard for alle intervjuer; hvert intervju kan slå sine egne av eller på.
settings-value-evening_before = Klokken (tid på dagen)
settings-value-hours_before = Minutter før start
settings-value-minutes_before = Minutter før start
settings-value-after_end = Minutter etter forventet slutt
settings-value-next_day = Klokken (tid på dagen)
settings-value-follow_up = Dager etter intervjuet
settings-value-after_rejection = Dagen etter klokken
settings-quiet = Stille timer
settings-quiet-enabled = Vær stille om natten
settings-quiet-start = Fra
settings-quiet-end = Til
settings-autostart = Start Intervju når jeg logger inn, så påminnelsene kommer selv om jeg ikke har åpnet den
settings-reminders-save = Lagre innstillingene for påminnelser

## Gjenoppretting
error-corrupt-database = Datafilen din er skadet og kunne ikke åpnes. Den er lagt til side, urørt, i datamappen. Du kan hente tilbake den siste sikkerhetskopien, eller begynne på nytt med en tom database.
recover-backup = Hent tilbake den siste sikkerhetskopien
recover-empty = Begynn med en tom database
error-disk-full = Disken er full, så Intervju kunne ikke lagre. Frigjør litt plass og prøv igjen. Ingenting ble endret.
error-read-only = Intervju kan ikke skrive til datamappen sin: den kan være skrivebeskyttet. Sjekk tillatelsene til mappen eller disken den ligger på.

## Backups
backup-title = Sikkerhetskopier
backup-hint = Intervju kopierer dataene dine én gang om dagen og tar vare på de sju siste. Å hente tilbake en kopi erstatter det du har nå; en kopi av det blir også tatt vare på.
backup-none = Ingen sikkerhetskopi ennå. Den første tas kort tid etter at appen starter.
backup-restore = Hent tilbake
backup-restore-title = Hente tilbake denne sikkerhetskopien?
backup-restore-body = Dataene dine går tilbake til slik de var { $when }. Det du har nå, blir tatt vare på som en egen sikkerhetskopi.
backup-restored = Sikkerhetskopien er hentet tilbake.

## Eksport og import
field-not-a-backup = Denne filen er ikke en sikkerhetskopi fra Intervju, eller den er skadet. Ingenting ble importert.
field-backup-too-new = Denne sikkerhetskopien er laget av en nyere versjon av Intervju. Oppdater appen og importer den så.
field-not-a-calendar = Denne filen er ikke en kalenderinvitasjon (.ics).
field-no-event = Kalenderfilen har ingen avtale å importere.
field-already-imported = Denne invitasjonen er importert før. Importer den på nytt for å flytte eller avlyse det intervjuet.
field-pairing-code = En paringskode er seks ord fra Enheter-skjermen på den andre enheten. Sjekk stavemåten.
field-not-a-bundle = Denne filen er ikke en pakke med endringer fra Intervju. Ingenting ble endret.
field-bundle-too-new = Endringene er skrevet av en nyere versjon av Intervju. Oppdater appen på denne enheten og ta imot dem på nytt. Ingenting ble endret.
field-bundle-damaged = Pakken er skadet eller ufullstendig, eller den er ikke forseglet av enheten den oppgir. Send den på nytt fra den andre enheten. Ingenting ble endret.
field-bundle-not-paired = Pakken kommer fra en enhet som ikke er paret med denne. Par de to enhetene først. Ingenting ble endret.
field-bundle-from-here = Pakken er skrevet av denne enheten. Ta imot den på den andre enheten. Ingenting ble endret.
field-network-off = Det lokale nettverket kan ikke brukes på denne enheten akkurat nå, så ingenting ble synkronisert. Å sende endringer som fil virker fortsatt.
csv-date = Dato
csv-time = Klokkeslett
csv-employer = Arbeidsgiver
csv-role = Stilling
csv-contact-kind = Type kontakt
csv-contact-person = Kontaktperson
csv-place = Sted
csv-status = Status
csv-time-zone = Tidssone
contact-kind-first = Jobbintervju
contact-kind-second = Jobbintervju, andre runde
contact-kind-task = Arbeidsprøve eller case
contact-kind-other = Møte med arbeidsgiver
report-heading = Intervjuer — rapport per { $date }
report-summary = { $count ->
    [one] Ett intervju.
   *[other] { $count } intervjuer.
}
report-lessons = Lærdommer som fortsatt er åpne
ics-summary = Intervju: { $role }, { $company }
file-kind-json = Sikkerhetskopi fra Intervju
file-kind-csv = Regneark (CSV)
file-kind-ics = Kalender (iCalendar)
file-kind-md = Rapport (Markdown)
file-kind-intervjusync = Endringer fra Intervju
file-save-title = Lagre eksporten
file-open-title = Velg en fil å importere
file-send-title = Lagre endringene til den andre enheten
file-receive-title = Velg en fil med endringer fra den andre enheten

## Gjennomgang hjemme
nav-review = Se tilbake
review-title = Se tilbake
export-print = Skriv ut rapporten
review-search-label = Søk i alt du har skrevet
review-search-hint = Et ord fra et notat, et svar eller en refleksjon
review-search-none = Ingenting passer med «{ $query }».
review-search-count = { $count ->
    [one] Ett treff
   *[other] { $count } treff
}
source-interview = Intervju
source-preparation = Forberedelse
source-reflection = Refleksjon
source-feedback = Tilbakemelding
source-lists = Forberedelseslister
source-practice = Øvingslogg
source-question = Spørsmålsbanken
review-trends-title = Utvikling
review-trends-empty = Diagrammene kommer når du har reflektert over et intervju.
review-averages = { $count ->
    [one] Over én refleksjon
   *[other] Over { $count } refleksjoner
} ga du i snitt { $first } rett etter, og { $later } da du så tilbake senere.
chart-stress-title = Hvor anspent du var
chart-rating-title = Din vurdering, rett etter og senere
chart-rating-first = Rett etter
chart-rating-later = Senere
chart-answers-title = Hvor ofte du fikk…
chart-said-everything = sagt alt
chart-enough-time = tid til å snakke
chart-strengths = fram styrkene dine
col-interview = Intervju
review-forgotten-title = Det du stadig glemmer
review-forgotten-item = { $text } ({ $count } ganger)
review-lessons-title = Lærdommer som fortsatt er åpne
review-interviews-title = Alle intervjuer
filter-status = Status
filter-company = Arbeidsgiver
filter-round = Runde
filter-any-round = Alle runder
filter-from = Fra
filter-to = Til
filter-clear = Fjern filtrene
view-label = Vis som
view-table = Tabell
view-timeline = Tidslinje
col-date = Dato
col-company = Arbeidsgiver
col-role = Stilling
col-round = Runde
col-status = Status
col-rating = Vurdering
review-count = Viser { $shown } av { $total }
review-more = Vis flere
review-none = Ingen intervjuer passer med disse filtrene.
review-companies-title = Arbeidsgivere
company-summary = { $count ->
    [one] Ett intervju, { $first }
   *[other] { $count } intervjuer, { $first } – { $last }
}
company-later-round = Kom videre til en senere runde
company-show = Vis intervjuene deres
review-exchange-title = Eksport og import
review-export-title = Eksport
export-filtered-hint = Aktivitetsrapporten, kalenderen og rapporten tar med intervjuene filtrene over viser.
export-csv = Aktivitetsrapport (CSV)
export-csv-hint = Dato, arbeidsgiver, stilling og type kontakt: det NAV og Arbetsförmedlingen spør etter.
export-ics = Legg til i kalenderen (.ics)
export-md = Rapport (Markdown)
export-json = Full sikkerhetskopi (JSON)
export-json-hint = Alt sammen, til å ta vare på eller flytte til en annen datamaskin.
export-saved = Lagret i { $path }
review-import-title = Import
import-invitation = En kalenderinvitasjon (.ics)
import-backup = En sikkerhetskopi (JSON)
import-backup-hint = Legger til det som ikke er her fra før. Intervjuer du allerede har, kjennes igjen og blir stående som de er.
import-done = { $added ->
    [one] Ett intervju lagt til
   *[other] { $added } intervjuer lagt til
}, { $duplicates } fantes fra før.
list-import = Importer en invitasjon
form-imported-title = Sjekk invitasjonen
form-imported-hint = Lest fra kalenderfilen. Sjekk opplysningene, fyll inn det som mangler, og lagre.
form-imported-all-day = Invitasjonen har en dato, men ikke klokkeslett, så starten er satt til 09:00.
form-imported-zone-guessed = Tidssonen i invitasjonen var ukjent, så tiden vises i din egen sone.
form-imported-first-of = Filen hadde { $count } avtaler; dette er den første.
form-start-in-gap = { $time } finnes ikke den dagen i { $zone }: klokka hopper over den timen. Velg et annet tidspunkt.
invitation-update-title = Invitasjonen har fått ny tid
invitation-update-hint = Den oppdaterer et intervju du allerede har. Vil du flytte det til den nye tiden? Forberedelsene, notatene og alt annet blir med.
invitation-cancel-title = Intervjuet er avlyst
invitation-cancel-hint = Arbeidsgiveren har avlyst dette intervjuet. Vil du merke det som avlyst? Påminnelsene stopper, og alt du har skrevet, blir tatt vare på.
invitation-repeat-title = Ikke noe nytt
invitation-repeat-hint = Intervju har allerede dette intervjuet slik invitasjonen beskriver det (eller en nyere utgave av det).
invitation-current = I Intervju
invitation-in-file = I invitasjonen
invitation-move = Flytt til den nye tiden
invitation-mark-cancelled = Merk som avlyst
invitation-keep = La det være som det er
invitation-open = Åpne intervjuet
invitation-moved = Flyttet til den nye tiden
invitation-marked-cancelled = Merket som avlyst
invitation-cancels-unknown = Denne invitasjonen avlyser et intervju som ikke finnes i Intervju, så det er ingenting å endre.

## The tray icon's menu (desktop)
tray-open = Åpne Intervju
tray-quit = Avslutt Intervju

## Settings: back up now, and where the log is
backup-now = Ta sikkerhetskopi nå
backup-now-done = Sikkerhetskopien er tatt: { $name }
about-log-file = Loggfil
about-log-hint = Hvis noe går galt, står det her hva som skjedde. Filen inneholder ingen notater eller navn.

## Notices: what the app recovered from on its own
notice-reminder-settings-reset = Innstillingene for påminnelser kunne ikke leses, så standardinnstillingene gjelder igjen. De gamle ble tatt vare på i databasen.
notice-reminders-set-aside = En påminnelse kunne ikke leses fra databasen og ble hoppet over. De andre påminnelsene dine kommer som før.
notice-reminders-not-planned = Noen intervjuer har et tidspunkt eller en tidssone som ikke kunne leses, så påminnelsene deres ble ikke oppdatert. De andre intervjuene ble det.
notice-dismiss = OK

## Settings → Devices: pairing, and changes carried from one device to another as a file
settings-devices-title = Dine andre enheter
settings-devices-hint = Bruk Intervju på både mobilen og datamaskinen, med de samme intervjuene. Ingen sky: par dem én gang, og ta deretter med en fil med endringer fra den ene til den andre.
settings-devices-open = Enheter
devices-title = Enheter
devices-intro = Par telefonen og datamaskinen én gang med en kode. Deretter holder de hverandre oppdatert av seg selv når begge er på samme lokale nettverk med Intervju åpen – direkte, aldri via internett eller en server. Når dere ikke deler nettverk, kan du sende endringene som en fil i stedet; bare den parede enheten kan åpne den.
devices-this-title = Denne enheten
devices-this-device = Denne enheten
devices-name-label = Navnet på denne enheten
devices-name-hint = Dine andre enheter viser denne under dette navnet, for eksempel «Mobil» eller «Bærbar».
devices-name-save = Lagre navnet
devices-name-saved = Navnet er lagret.
devices-id-label = Enhets-ID
devices-id-hint = Begynnelsen på enhetens ID. En paret enhet viser de samme tegnene ved siden av navnet på denne.
devices-pair-title = Par en enhet
devices-pair-hint = Vis en kode her og skriv den inn på den andre enheten.
devices-pair-start = Vis en paringskode
devices-pair-again = Vis en ny kode
devices-code-label = Paringskoden, seks ord
devices-pair-step-open = Åpne Intervju på den andre enheten og gå til Innstillinger → Enheter.
devices-pair-step-type = Under «Skriv inn en kode fra en annen enhet» skriver du disse seks ordene i denne rekkefølgen og velger Par.
devices-pair-step-send = Er begge enhetene på samme nettverk, synkroniserer de av seg selv i løpet av et minutt. Ellers velger du «Send endringer» der og tar imot filen her.
devices-qr-label = QR-kode med de samme seks ordene
devices-qr-hint = De samme seks ordene som QR-kode.
devices-code-secret = Hold koden for deg selv: den som har den, kan åpne det du sender.
devices-enter-title = Skriv inn en kode fra en annen enhet
devices-enter-hint = Velg «Vis en paringskode» på den andre enheten for å se de seks ordene. Mellomrom eller bindestrek mellom ordene går like bra.
devices-enter-label = Paringskode
devices-enter-placeholder = seks ord
devices-enter-submit = Par
devices-entered = Paret. Ser etter den andre enheten på dette nettverket …
devices-peers-title = Parede enheter
devices-peers-empty = Ingen enhet er paret ennå: begynn med «Par en enhet».
devices-peer-waiting = Venter på første utveksling
devices-peer-unnamed = Enhet uten navn
devices-peer-paired = Paret
devices-peer-last = Siste utveksling
devices-peer-never = Ikke ennå
devices-peer-brought = Siste endringer derfra
devices-send = Send endringer
devices-sent = Lagret i { $path }. Ta imot denne filen på den andre enheten.
devices-unpair = Fjern paringen
devices-unpair-title = Fjerne paringen med denne enheten?
devices-unpair-body = { $name } — denne enheten glemmer nøkkelen dere deler. Filer derfra kan ikke lenger åpnes her, og ingenting mer gjøres klart for den. Det som allerede er utvekslet, blir liggende på begge enhetene.
devices-unpair-waiting-body = Koden for denne paringen slutter å virke her. Ingenting annet endres.
devices-unpaired = Paringen er fjernet.
devices-receive-title = Ta imot endringer
devices-receive-hint = Velg en fil med endringer som en paret enhet har lagret. Det som er endret der, blir tatt inn her.
devices-receive = Ta imot endringer
devices-receiving = Tar inn endringer: { $done } av { $total }
devices-receiving-done = Endringer tatt inn: { $total } av { $total }
devices-received = Fra { $name }: { $brought }.
devices-sync-now = Synkroniser nå
devices-syncing = Synkroniserer med enhetene på dette nettverket …
devices-synced = Synkronisert med { $name }: { $brought }.
devices-sync-none = Ingen paret enhet er funnet på et nettverk ennå. Par en enhet mens begge er på samme nettverk først.
devices-peer-network = Lokalt nettverk
devices-peer-network-yes = Synkroniserer av seg selv når den er på samme nettverk
devices-peer-network-no = Ikke møtt på et nettverk ennå
devices-peer-problem = Siste forsøk
lan-problem-not-found = Ikke funnet på dette nettverket. Åpne Intervju på den, på samme Wi-Fi.
lan-problem-peer-newer = Den har en nyere versjon av Intervju. Oppdater appen på denne enheten.
lan-problem-peer-older = Den har en eldre versjon av Intervju. Oppdater appen på den enheten.
lan-problem-refused = Den avviste denne enheten. Kanskje paringen er fjernet der: par dem på nytt.
lan-problem-cut = Forbindelsen ble brutt. Det som fortsatt mangler, kommer ved neste synkronisering.
lan-problem-nonsense = Den sendte noe denne appen ikke forstår. Ingenting ble endret her.
lan-problem-storage = Det som kom, kunne ikke lagres på denne enheten. Sjekk at det er ledig plass.
brought-nothing = Ingenting nytt
brought-interview = { $count ->
    [one] { $count } intervju
   *[other] { $count } intervjuer
}
brought-interviewer = { $count ->
    [one] { $count } person du møtte
   *[other] { $count } personer du møtte
}
brought-preparation = { $count ->
    [one] { $count } forberedelsesark
   *[other] { $count } forberedelsesark
}
brought-preparation-item = { $count ->
    [one] { $count } punkt i forberedelseslistene
   *[other] { $count } punkter i forberedelseslistene
}
brought-practice-session = { $count ->
    [one] { $count } øvingsøkt
   *[other] { $count } øvingsøkter
}
brought-question = { $count ->
    [one] { $count } spørsmål
   *[other] { $count } spørsmål
}
brought-checklist-check = { $count ->
    [one] { $count } avkrysning i en sjekkliste
   *[other] { $count } avkrysninger i sjekklister
}
brought-reflection = { $count ->
    [one] { $count } refleksjon
   *[other] { $count } refleksjoner
}
brought-lesson = { $count ->
    [one] { $count } lærdom
   *[other] { $count } lærdommer
}
brought-feedback = { $count ->
    [one] { $count } tilbakemelding
   *[other] { $count } tilbakemeldinger
}
brought-other = { $count ->
    [one] { $count } annen endring
   *[other] { $count } andre endringer
}

## Notifications on a phone: the permission, asked once with a reason
permission-title = Påminnelser på denne telefonen
permission-why = Intervju minner deg på ting i øyeblikkene som teller. For å gjøre det mens appen er lukket, trenger den lov til å vise varsler.
permission-why-before = Kvelden før og noen timer før: forberedelsene dine, og sjekklisten på vei inn.
permission-why-after = Rett etter: to minutters refleksjon mens alt er friskt.
permission-why-next-day = Dagen etter: et roligere nytt blikk, og et lite dytt om å følge opp hvis du ikke hører noe.
permission-private = Påminnelsene lages på denne telefonen og forlater den aldri. Du kan slå av hver enkelt i innstillingene.
permission-late = På Android kan påminnelser komme noen minutter for sent: telefonen samler alarmer for å spare batteri.
permission-allow = Tillat varsler
permission-later = Ikke nå
permission-granted = Varsler er slått på.
permission-denied = Varsler er slått av. Du kan slå dem på for Intervju i telefonens innstillinger.
permission-off-settings = Varsler er slått av for Intervju, så påminnelsene når deg ikke. Slå dem på i telefonens innstillinger.
permission-ask-settings = Tillat varsler …

## Aktivitetsrapportering: Arbetsförmedlingens månedsrapport, NAVs meldekort
authority-arbetsformedlingen = Arbetsförmedlingen
authority-nav = NAV
report-field-arbetsformedlingen-kind = Aktivitet
report-field-arbetsformedlingen-date = Dato
report-field-arbetsformedlingen-employer = Arbeidsgiver
report-field-arbetsformedlingen-title = Yrke
report-field-arbetsformedlingen-place = Sted
report-field-arbetsformedlingen-stage = Hvor langt det kom
report-field-nav-date = Dato
report-field-nav-kind = Aktivitet
report-field-nav-employer = Arbeidsgiver
report-field-nav-title = Stilling
report-field-nav-place = Sted
report-field-nav-stage = Hvor langt det kom
activity-kind-application = Søkte jobb
activity-kind-interview = Intervju
activity-kind-contact = Tok kontakt med arbeidsgiver
activity-kind-other = Annen jobbsøking
activity-stage-waiting = Venter på svar
activity-stage-interview = Intervju
activity-stage-offer = Fikk tilbud
activity-stage-rejected = Fikk avslag
activity-stage-withdrawn = Trakk meg
report-reminder-opens-title = Tid for aktivitetsrapporten til Arbetsförmedlingen
report-reminder-opens-body = Rapporter det du gjorde { $start } – { $end }. Den kan sendes til og med { $due }; aktivitetene ligger klare til å kopieres.
report-reminder-again-title = Aktivitetsrapporten er ikke sendt ennå
report-reminder-again-body = Rapporten for { $start } – { $end } stenger { $due }. Aktivitetene ligger klare til å kopieres.
report-reminder-due-title = Meldekortet til NAV skal sendes i dag
report-reminder-due-body = Send meldekortet for { $start } – { $end } i dag. Jobbsøkingen din står listet i appen.
report-settings-title = Rapportering av jobbsøking
report-settings-hint = Er du registrert som arbeidssøker, minner appen deg på når du skal rapportere, og lister aktivitetene dine klare til å kopieres.
report-authority-label = Jeg rapporterer jobbsøkingen min til
report-authority-none = Ingen
report-authority-arbetsformedlingen = Arbetsförmedlingen (hver måned)
report-authority-nav = NAV (hver 14. dag)
report-nav-due-label = Neste meldekort skal sendes
report-nav-due-hint = Datoen står på meldekortet ditt hos NAV. De neste kommer hver 14. dag.
report-settings-save = Lagre rapportering
report-settings-saved = Rapporteringen er lagret.
report-next-reminder = Neste påminnelse om rapportering: { $when }
report-open = Åpne rapporten
report-title = Aktivitetsrapport
report-for = Til { $authority }
report-period = { $start } – { $end }
report-period-start = Fra
report-period-end = Til
report-period-show = Vis perioden
report-period-suggested = Tilbake til perioden som skal rapporteres
report-due-by = Send den innen { $due }.
report-af-hint = Hver rad er én aktivitet i aktivitetsrapporten til Arbetsförmedlingen. Kopier feltene ett og ett inn i skjemaet.
report-nav-hint = Meldekortet spør om du har søkt arbeid. Listen er din oversikt over hva du gjorde, til aktivitetsplanen eller om NAV spør.
report-empty = Ingen aktiviteter i denne perioden ennå. Intervjuer som har vært, kommer med av seg selv; legg til søknader og kontakter nedenfor.
report-copy = Kopier
report-copy-field = Kopier { $field }
report-copy-row = Kopier raden
report-copied = Kopiert: { $text }
report-copy-failed = Kunne ikke kopiere. Merk teksten og kopier den selv.
report-mark = Merk perioden som rapportert
report-marked = Perioden er merket som rapportert. Påminnelsene for den er stoppet.
report-reported-on = Rapportert { $date }.
report-unmark = Likevel ikke rapportert
report-last = Sist rapportert: { $start } – { $end }
report-print = Skriv ut
report-edit-activity = Endre
report-delete-activity = Slett
report-delete-confirm = Slette denne aktiviteten fra rapportene dine?
report-from-interview = Fra intervjuene dine
report-add-title = Legg til en aktivitet
report-edit-title = Endre aktiviteten
activity-kind-label = Hva du gjorde
activity-date-label = Dato
activity-employer-label = Arbeidsgiver
activity-title-label = Stilling
activity-place-label = Sted
activity-stage-label = Hvor langt det kom
activity-note-label = Notat til deg selv (ikke i rapporten)
activity-add = Legg til aktivitet
activity-save = Lagre aktiviteten
activity-cancel = Avbryt
activity-added = Aktiviteten er lagt til.
report-banner = På tide å rapportere { $start } – { $end } til { $authority }: send innen { $due }.
report-banner-overdue = Rapporten for { $start } – { $end } til { $authority } skulle vært sendt { $due }.
review-report = Aktivitetsrapport
activity-saved = Aktiviteten er lagret.
report-authority-select = Rapporter til

# Intervju — texter på svenska. Varje id här finns också i en/ och nb/ (ett test kontrollerar det).

app-name = Intervju
nav-interviews = Intervjuer
nav-settings = Inställningar
nav-main = Huvudmeny

## Phone layout — mobilvy: vägen tillbaka i toppraden och flikraden längst ned
nav-back = Tillbaka
nav-home = Intervju, till listan över intervjuer

skip-to-content = Hoppa till innehållet
loading = Laddar …

## Åtgärder
action-new-interview = Ny intervju
action-save = Spara
action-save-changes = Spara ändringarna
action-cancel = Avbryt
action-edit = Ändra
action-delete = Ta bort
action-back = Tillbaka till listan
action-add-interviewer = Lägg till en intervjuare
action-remove = Ta bort

## Första gången
welcome-title = Välkommen till Intervju
welcome-lead = Varje intervju lär dig något. Intervju hjälper dig att ta vara på det, så att nästa går bättre.
welcome-step-prepare = Före: läs på om företaget, öva på dina svar och på frågorna du vill ställa.
welcome-step-way-in = På väg in: en kort checklista för kläder och uppträdande.
welcome-step-reflect = Direkt efteråt: två minuters reflektion medan allt är färskt, och en lugnare genomgång dagen efter.
welcome-step-learn = Hemma: se vad som gick bra, vad du brukar glömma och vad du vill göra annorlunda.
welcome-privacy = Allt stannar på den här enheten. Inget konto, inget moln, ingen spårning.
welcome-start = Lägg till min första intervju
welcome-skip = Titta runt först

## Listan
list-title = Intervjuer
list-upcoming = Kommande
list-past = Tidigare
list-empty-title = Inga intervjuer än
list-empty-body = Lägg till nästa intervju du är inbjuden till. Företag, tjänst och tid räcker; resten kan vänta.
list-summary = { $total ->
    [one] En intervju
   *[other] { $total } intervjuer
  }, { $upcoming ->
    [0] ingen kommande
    [one] en kommande
   *[other] { $upcoming } kommande
  }
list-now = Pågår nu
list-load-more = Visa fler

## Omgångar och status
round-first = Första intervjun
round-second = Andra intervjun
round-task = Uppgift eller case
round-other = Annat möte
status-planned = Planerad
status-done = Genomförd
status-awaiting = Väntar på svar
status-next_round = Ny omgång
status-offer = Erbjudande
status-rejected = Avslag
status-withdrawn = Återkallad
status-cancelled = Inställd

## Formuläret
form-new-title = Ny intervju
form-edit-title = Ändra intervju
form-section-job = Jobbet
form-section-when = När och var
form-section-people = Personer
form-section-ad = Platsannonsen
form-section-notes = Anteckningar
field-company-label = Företag
field-company-placeholder = Vem anställer?
field-role-label = Tjänst
field-role-placeholder = Tjänsten du har sökt
field-round-label = Omgång
field-previous-round-label = Följer efter omgången
field-previous-round-none = Ingen tidigare omgång
field-status-label = Status
field-start-label = Börjar
# The letters of a date field's pattern ("dd.mm.åååå"), in the order the language writes a date.
date-letters-day = dd
date-letters-month = mm
date-letters-year = åååå
# A time field's pattern, on the 24-hour clock.
time-letters = tt:mm
field-time-zone-label = Tidszon
field-time-zone-hint = Där intervjun hålls. Tider och påminnelser följer den här zonen.
field-duration-label = Beräknad längd i minuter
field-location-label = Plats eller videolänk
field-location-placeholder = Adress, rum eller möteslänk
field-interviewers-label = Intervjuare
field-interviewers-empty = Ingen tillagd än. Namn gör det lättare att hälsa och att följa upp efteråt.
field-interviewer-name-label = Namn
field-interviewer-role-label = Deras roll
field-contact-name-label = Kontaktperson
field-contact-info-label = Telefon eller e-post
field-job-ad-url-label = Länk till platsannonsen
field-job-ad-text-label = Annonsens text
field-job-ad-text-hint = Klistra in texten: annonser tas ofta bort före intervjun.
field-notes-label = Anteckningar
form-saved = Sparat
form-fix-errors = Några fält behöver rättas innan det här kan sparas.

## Detaljvyn
detail-when = När
detail-where = Var
detail-duration = { $minutes } min
detail-your-time = { $time } där du är
detail-interviewers = Intervjuare
detail-contact = Kontaktperson
detail-job-ad = Platsannons
detail-open-ad = Annonsens adress
detail-notes = Anteckningar
detail-previous-round = Tidigare omgång
detail-not-filled = Inte ifyllt än
delete-confirm-title = Ta bort den här intervjun?
delete-confirm-body = { $company }, { $role } — intervjun och allt du har skrivit om den tas bort från den här enheten. Det går inte att ångra.
delete-confirm-yes = Ta bort för gott
deleted = Intervjun togs bort.

## Inställningar
settings-title = Inställningar
settings-language = Språk
settings-language-auto = Samma som systemet ({ $language })
language-en = English
language-nb = Norsk bokmål
language-sv = Svenska
settings-privacy-title = Dina uppgifter
settings-privacy-body = Intervju fungerar utan nät och skickar ingenting någonstans. Dina intervjuer sparas bara på den här enheten, i den här mappen:
settings-privacy-memory = Dina intervjuer finns bara i minnet och försvinner när appen stängs.
settings-about = Intervju { $version }
settings-show-welcome = Visa välkomsten igen

## Fel
error-invalid-request = Appen skickade en begäran som den inte förstod. Ingenting ändrades.
error-validation = Några fält behöver rättas.
error-not-found = Den intervjun finns inte längre.
error-database-too-new = Dina uppgifter sparades av en nyare version av Intervju (dataversion { $found }; den här appen känner till upp till { $supported }). Uppdatera appen för att öppna dem. Ingenting ändrades.
error-storage = Dina uppgifter kunde inte läsas eller sparas. Ingenting ändrades.
error-io = Datamappen går inte att använda. Kontrollera att disken har ledigt utrymme och att det går att skriva till mappen.
error-unexpected = Något oväntat gick fel. Ingenting ändrades.
field-required = Det här fältet måste fyllas i.
field-too-long = Använd högst { $max } tecken.
field-too-many = Lägg till högst { $max }.
field-out-of-range = Välj ett tal från { $min } till { $max }.
field-invalid-date-time = Skriv ett datum och en tid, till exempel 2026-12-01 10:00.
field-unknown-time-zone = Välj en tidszon i listan, till exempel Europe/Stockholm.
field-nonexistent-time = Klockan hoppar över den här tiden när sommartiden börjar i den zonen. Välj en tid minst en timme senare.
field-invalid-url = Skriv en webbadress som börjar med https://
field-unknown-interview = Den tidigare omgången finns inte längre.
field-links-to-itself = En omgång kan inte följa efter sig själv eller en av sina egna senare omgångar.
field-control-characters = Ta bort de osynliga kontrolltecknen.

## På väg in: checklistan
checklist-open = På väg in
checklist-open-hint = En snabb koll av kläder och uppträdande
checklist-title = På väg in
checklist-progress = { $done } av { $total } klara
checklist-ready-title = Du är redo
checklist-ready-body = Andas djupt. De bjöd in dig för att de vill träffa dig. Lycka till!
checklist-lessons-title = Kom ihåg från förra gången
checklist-edit = Ändra listan
checklist-done-editing = Klar med ändringarna
checklist-hide-here = Dölj här
checklist-hide-everywhere = Dölj på alla listor
checklist-hidden-title = Dolda punkter
checklist-hidden-here = Dold för den här intervjun
checklist-hidden-everywhere = Dold på alla listor
checklist-restore = Visa igen
checklist-add-title = Lägg till en egen punkt
checklist-add-text-label = Din punkt
checklist-add-section-label = Var den hör hemma
checklist-add-everywhere = Lägg den på listan för alla intervjuer
checklist-add = Lägg till
checklist-remove = Ta bort
checklist-own-here = Din, för den här intervjun
checklist-own-everywhere = Din, på alla listor
checklist-reset = Ta bort alla bockar
checklist-reset-confirm-title = Ta bort alla bockar?
checklist-reset-confirm-body = Listan börjar om för den här intervjun. Dolda punkter och dina egna punkter finns kvar.
checklist-reset-yes = Ta bort alla
checklist-empty = Alla punkter är dolda. Visa några igen nedan, eller lägg till egna.
check-section-dress = Innan du går
check-section-first_minute = Första minuten
check-section-conduct = Under intervjun
check-dress-clean = Kläder och skor är rena
check-dress-comfortable = Kläder du trivs i, och inga som ser slitna ut
check-dress-scent = Parfym eller rakvatten: milt, eller inget alls
check-dress-no-smoking = Ingen cigarett precis innan – lukten sitter kvar
check-dress-no-gum = Inget tuggummi och inget snus
check-first-eye-contact = Möt deras blick
check-first-smile = Le
check-first-introduce = Säg ditt namn och presentera dig
check-conduct-relax = Se det som ett vanligt samtal; de är nyfikna på dig
check-conduct-listen = Lyssna, och svara på det de faktiskt frågar om
check-conduct-let-them-lead = Låt intervjuaren styra samtalet
check-conduct-show-interest = Visa att jobbet och arbetsplatsen intresserar dig
check-conduct-questions-when-invited = Vänta med dina egna frågor tills de bjuder in till det
check-conduct-no-salary = Ta inte upp lönen
check-conduct-no-badmouthing = Säg inget negativt om tidigare arbetsgivare
check-conduct-positive = Var entusiastisk, glad och positiv
check-conduct-silence = En kort paus är helt okej: ta dig tid att tänka
check-conduct-be-yourself = Var dig själv
field-unknown-item = Den punkten finns inte på den här listan.
field-built-in-item = Inbyggda punkter kan döljas men inte tas bort.

## Före: förberedelser, frågebanken och övning
nav-questions = Frågor
action-next-round = Planera nästa omgång
form-next-round-title = Nästa omgång
form-next-round-hint = Ifyllt från den förra omgången hos { $company }. Ange den nya tiden och ändra det som skiljer sig.
list-add = Lägg till
list-move-up = Flytta ”{ $item }” uppåt
list-move-down = Flytta ”{ $item }” nedåt
list-remove = Ta bort ”{ $item }”
prep-open = Förbered dig
prep-title = Förberedelser
prep-saving = Sparar …
prep-saved = Allt är sparat
prep-research-title = Företaget
prep-research = Det här vet jag om företaget
prep-research-hint = Vad de gör, deras kunder, nyheter, kultur – och vad annonsen säger att de behöver.
prep-keywords-title = Mina stödord
prep-keywords-hint = Korta stödord, inget manus: nog för att minnas vad du vill säga.
prep-strengths = Mina styrkor
prep-weaknesses = Mina svagheter
prep-weaknesses-hint = Och hur du hanterar var och en av dem.
prep-why-job = Varför jag vill ha det här jobbet
prep-why-me = Varför jag är rätt person
prep-second-title = För den här omgången
prep-employer-gaps = Där jag kan fylla en lucka
prep-employer-gaps-hint = Styrkor du har som arbetsgivaren saknar eller har för lite av – sådant du märkte i förra omgången.
prep-next-step = Nästa steg
prep-next-step-hint = Det du vill ta reda på innan du går: vad händer sedan, och när hör du av dem.
prep-ask-title = Frågor jag vill ställa
prep-ask-hint = Vänta med dem tills de bjuder in till frågor. Den viktigaste först.
prep-ask-add = Lägg till en fråga att ställa
prep-ask-example = Till exempel: Hur ser ett bra första år ut?
prep-gaps-title = Kunskapsluckor att fylla
prep-gaps-hint = Det som kändes främmande i förra omgången. Bocka av när du har läst på.
prep-gaps-add = Lägg till en kunskapslucka
prep-competency-title = Min kompetens, det mest värdefulla för dem först
prep-competency-hint = Sätt först det som arbetsgivaren behöver mest. Dra, eller använd pilarna (Alt+↑/↓ på en punkt).
prep-competency-add = Lägg till en kompetens
prep-questions-title = Frågor jag väntar mig
prep-questions-hint = Med svaren du har övat på. De finns i din frågebank och kan användas igen till andra intervjuer.
prep-question-label = Frågan
prep-answer-label = Mitt svar
prep-question-add = Lägg till frågan
prep-questions-pick = Välj …
prep-bank-pick-label = En fråga ur frågebanken
prep-question-unlink = Inte för den här intervjun
prep-practise = { $count ->
    [one] Öva på den här frågan
   *[other] Öva på de här { $count } frågorna
  }
prep-log-title = Övningslogg
prep-log-hint = Att öva högt tillsammans med någon hjälper mest, särskilt om du är nervös.
prep-log-date = Datum
prep-log-partner = Med vem
prep-log-notes = Vad du tog med dig
prep-log-add = För in en övning
prep-log-with = med { $partner }
prep-task-title = En uppgift eller ett case
prep-task-brief = Det här bad de mig göra
prep-task-notes = Mina anteckningar till uppgiften
prep-task-add = Lägg till en uppgift eller ett case
prep-earlier-title = { $round }: det du sa då
prep-earlier-hint = Många frågor kommer tillbaka i nästa omgång. Var konsekvent med det du sa, och gå djupare.
prep-earlier-asked = Frågor de ställde
prep-earlier-you-asked = Frågor du ställde till dem
prep-earlier-open = Öppna den förra omgången
practice-title = Övning
practice-all = Alla frågor i banken, de svagaste först
practice-count = Fråga { $current } av { $total }
practice-reveal = Visa mitt svar
practice-your-answer = Mitt svar
practice-no-answer = Du har inte skrivit något svar än. Säg ett högt, och skriv sedan ner det i förberedelserna.
practice-how = Hur gick det?
practice-last-time = Förra gången: { $rating }
practice-done-title = Bra jobbat
practice-summary = Du övade på { $total ->
    [one] en fråga
   *[other] { $total } frågor
  }: { $good } gick bra, { $okay } sådär, { $poor } behöver mer övning.
practice-again = Öva igen
practice-back = Tillbaka
practice-empty = Det finns inga frågor att öva på än. Lägg in frågorna du väntar dig i förberedelserna.
rating-good = Gick bra
rating-okay = Sådär
rating-poor = Behöver övning
bank-title = Frågebank
bank-intro = Alla frågor du har förberett, till alla intervjuer. Finslipa ett svar en gång, använd det många gånger.
bank-empty = Banken är tom. Lägg in frågorna du väntar dig, här eller i förberedelserna till en intervju.
bank-practise-all = Öva på alla
bank-tags = Taggar
bank-tags-example = Till exempel: motivation, samarbete
bank-usage = Förberedd till { $prepared }, ställd i { $asked }, övad { $attempts } gånger.
bank-delete-title = Ta bort den här frågan ur banken?

## Efteråt: reflektion, en andra blick, utfall, lärdomar
answer-yes = Ja
answer-partly = Delvis
answer-no = Nej
feeling-1 = Avslappnad
feeling-2 = Lugn
feeling-3 = Mittemellan
feeling-4 = Spänd
feeling-5 = Stressad
rating-1 = Dåligt
rating-5 = Mycket bra
after-title = Efter intervjun
after-reflect = Reflektera nu (2 minuter)
after-reflect-continue = Fortsätt reflektionen ({ $answered } av { $total })
after-reflect-edit = Öppna reflektionen
after-later = En andra blick
after-later-edit = Öppna den andra blicken
reflect-title = Direkt efteråt
reflect-progress = { $answered } av { $total } besvarade
reflect-section-feel = Hur det kändes
reflect-feeling = Hur kände du dig under samtalet?
reflect-friendly = Var intervjuaren vänlig mot dig?
reflect-mood-changed = Ändrades stämningen under samtalet?
reflect-mood-when = Om ja: när, och vad hände?
reflect-was-myself = Var du dig själv?
reflect-unsure = Stunder som gjorde dig osäker
reflect-section-said = Det du sa
reflect-said-everything = Fick du sagt allt du ville?
reflect-forgot = Vad glömde du att säga?
reflect-forgot-hint = En punkt per rad. Varje kommer tillbaka som en påminnelse inför dina nästa intervjuer.
reflect-enough-time = Fick du tillräckligt med tid att prata?
reflect-presented-strengths = Fick du fram dina styrkor?
reflect-which-strengths = Vilka styrkor lyfte du fram?
reflect-section-learned = Det du lärde dig
reflect-learned = Vad lärde du dig om arbetsplatsen och den som ledde intervjun?
reflect-know-more = Vet du mer om jobbet än tidigare?
reflect-positive = Vad var positivt?
reflect-negative = Vad var negativt?
reflect-section-questions = Frågor
reflect-came-up = Vilka av dina förberedda frågor kom upp?
reflect-no-prepared = Du hade inga frågor förberedda i banken till den här intervjun.
reflect-new-question = En ny fråga de ställde
reflect-new-question-hint = Nya frågor hamnar direkt i din frågebank, så att du kan öva på dem.
reflect-question-added = Tillagd i din frågebank
reflect-section-rating = Ditt betyg
reflect-rating = Hur bra tycker du att det gick?
reflect-done = Klar för nu
reflect-saved = Sparat. Du kan komma tillbaka och fylla i mer när du vill.
later-title = En andra blick
later-first-rating = Direkt efteråt gav du
later-rating-of = { $rating } av 5
later-no-first-rating = Inget betyg än
later-rating-hint = När de ser tillbaka i lugn och ro märker många att de gjorde bättre ifrån sig än de först trodde.
later-rating = Och nu, med lite avstånd?
later-section-job = Är det här jobbet jag vill ha?
later-want-job = Är det här jobbet du vill ha?
later-know-enough = Vet du tillräckligt om tjänsten?
later-will-fit = Kommer du att passa in?
later-matches-plans = Stämmer det med dina planer?
later-impression = Ditt intryck av själva jobbet, kollegorna och arbetsplatsen
later-section-next = Nästa gång
later-next-questions = Frågor till en eventuell nästa omgång
later-do-differently = Vad vill du göra annorlunda nästa gång?
later-do-differently-hint = En punkt per rad. Varje blir en lärdom du ser inför dina nästa intervjuer.
outcome-title = Utfall
outcome-current = Status: { $status }
outcome-waiting = { $days ->
    [0] Inget svar än – intervjun var i dag.
    [one] Inget svar än – en dag sedan intervjun.
   *[other] Inget svar än – { $days } dagar sedan intervjun.
  }
outcome-set-planned = Planerad
outcome-set-done = Intervjun är genomförd
outcome-set-awaiting = Väntar på svar
outcome-set-next_round = Inbjuden till nästa omgång
outcome-set-offer = Jag fick ett erbjudande
outcome-set-rejected = Jag fick avslag
outcome-set-withdrawn = Jag drog mig ur
feedback-title = Fråga vad du kan bli bättre på
feedback-prompt = Ett nej är inte slutet. Kändes intervjun bra, fråga intervjuaren vad du kan göra bättre nästa gång – de flesta svarar gärna, och det hjälper dig i nästa intervju.
feedback-draft-label = Ett meddelande du kan skicka
feedback-greeting-named = Hej { $name },
feedback-greeting = Hej,
feedback-draft = Tack för intervjun för tjänsten som { $role } hos { $company }. Det var synd att jobbet inte blev mitt, men jag lärde mig mycket av att träffa er.
    
    Vill du kort berätta vad jag kan bli bättre på till kommande intervjuer? Det skulle hjälpa mig mycket.
    
    Vänliga hälsningar
feedback-copy = Kopiera meddelandet
feedback-copied = Meddelandet är kopierat.
feedback-select = Meddelandet är markerat: kopiera det med Ctrl+C.
feedback-asked = Jag har bett om återkoppling
feedback-said = Det här sa de
lesson-forgot = Kom ihåg att nämna: { $text }
lesson-from = Från { $company }
lesson-recurring = Kom upp efter { $count } intervjuer
lesson-learned = Lärt mig
prep-earlier-reflection = Din reflektion efteråt
prep-earlier-rating = Ditt betyg
prep-earlier-ratings = { $first } av 5 direkt efteråt, { $later } av 5 senare
field-invalid-choice = Välj ett av svaren som erbjuds.
field-invalid-transition = Den statusen kan inte följa intervjuns nuvarande status.

## Påminnelser
field-snooze-past-start = En påminnelse före intervjun kan inte skjutas upp till efter att den har börjat.
reminder-evening_before-title = I morgon: { $company }
reminder-evening_before-body = Din intervju för tjänsten som { $role } är klockan { $time }. Gå igenom förberedelserna i kväll.
reminder-hours_before-title = I dag klockan { $time }: { $company }
reminder-hours_before-body = Dags att göra sig redo. Checklistan för kläder och uppträdande är ett tryck bort.
reminder-minutes_before-title = { $company } om några minuter
reminder-minutes_before-body = Andas lugnt ut. Du är förberedd. Var dig själv.
reminder-after_end-title = Hur gick det hos { $company }?
reminder-after_end-body = Ta två minuter och reflektera medan allt är färskt.
reminder-next_day-title = En andra blick: { $company }
reminder-next_day-body = Med lite avstånd: hur gick det egentligen, och är det här jobbet du vill ha?
reminder-follow_up-title = Inget svar från { $company } än?
reminder-follow_up-body = Det har gått ett tag. Ett kort meddelande till din kontaktperson visar att du fortfarande är intresserad.
reminder-after_rejection-title = Be { $company } om återkoppling
reminder-after_rejection-body = Ett kort meddelande kan berätta vad du kan bli bättre på till nästa intervju.
reminder-kind-evening_before = Kvällen före
reminder-kind-hours_before = Några timmar före
reminder-kind-minutes_before = Minuter före (varva ner)
reminder-kind-after_end = Efter intervjun
reminder-kind-next_day = Dagen efter
reminder-kind-follow_up = Följ upp
reminder-kind-after_rejection = Efter ett avslag
reminders-title = Påminnelser
reminders-hint = Tiderna följer intervjuns egen tidszon. Ingen påminnelse hörs under dina tysta timmar.
reminder-state-pending = { $time }
reminder-state-snoozed = Uppskjuten till { $time }
reminder-state-fired = Skickad { $time }
reminder-state-skipped = Inte skickad: det var för sent
reminder-not-planned = Inget att påminna om
reminder-change = Ändra tiden
due-title = Väntar på dig
due-open = Öppna
due-dismiss = Stäng
due-snooze-minutes_15 = Om 15 min
due-snooze-hour_1 = Om 1 timme
due-snooze-tomorrow_morning = I morgon bitti
due-snoozed = Jag påminner dig igen.
# Knapparna i en skrivbordsavisering (Linux).
notification-open = Öppna
notification-snooze-minutes_15 = Påminn mig om 15 min
notification-snooze-hour_1 = Påminn mig om 1 timme
notification-snooze-tomorrow_morning = Påminn mig i morgon bitti
settings-reminders-title = Påminnelser
settings-reminders-hint = Standard för alla intervjuer; varje intervju kan slå på eller av sina egna.
settings-value-evening_before = Klockan (tid på dagen)
settings-value-hours_before = Minuter före start
settings-value-minutes_before = Minuter före start
settings-value-after_end = Minuter efter beräknat slut
settings-value-next_day = Klockan (tid på dagen)
settings-value-follow_up = Dagar efter intervjun
settings-value-after_rejection = Dagen efter klockan
settings-quiet = Tysta timmar
settings-quiet-enabled = Var tyst på natten
settings-quiet-start = Från
settings-quiet-end = Till
settings-autostart = Starta Intervju när jag loggar in, så att påminnelserna kommer även om jag inte har öppnat den
settings-reminders-save = Spara inställningarna för påminnelser

## Återställning
error-corrupt-database = Din datafil är skadad och kunde inte öppnas. Den har lagts åt sidan, orörd, i datamappen. Du kan återställa den senaste säkerhetskopian, eller börja om med en tom databas.
recover-backup = Återställ den senaste säkerhetskopian
recover-empty = Börja med en tom databas
error-disk-full = Disken är full, så Intervju kunde inte spara. Frigör lite utrymme och försök igen. Ingenting ändrades.
error-read-only = Intervju kan inte skriva till sin datamapp: den kan vara skrivskyddad. Kontrollera mappens behörigheter eller disken den ligger på.

## Backups
backup-title = Säkerhetskopior
backup-hint = Intervju kopierar dina uppgifter en gång om dagen och sparar de sju senaste. Att återställa en kopia ersätter det du har nu; en kopia av det sparas också.
backup-none = Ingen säkerhetskopia än. Den första tas strax efter att appen startar.
backup-restore = Återställ
backup-restore-title = Återställa den här säkerhetskopian?
backup-restore-body = Dina uppgifter går tillbaka till hur de var { $when }. Det du har nu sparas som en egen säkerhetskopia.
backup-restored = Säkerhetskopian är återställd.

## Export och import
field-not-a-backup = Filen är inte en säkerhetskopia från Intervju, eller så är den skadad. Ingenting importerades.
field-backup-too-new = Säkerhetskopian gjordes av en nyare version av Intervju. Uppdatera appen och importera den sedan.
field-not-a-calendar = Filen är ingen kalenderinbjudan (.ics).
field-no-event = Kalenderfilen innehåller ingen bokning att importera.
field-already-imported = Den här inbjudan har importerats förut. Importera den igen för att flytta eller ställa in den intervjun.
field-pairing-code = En parkopplingskod är sex ord från skärmen Enheter på den andra enheten. Kontrollera stavningen.
field-not-a-bundle = Filen är inte ett paket med ändringar från Intervju. Ingenting ändrades.
field-bundle-too-new = Ändringarna är skrivna av en nyare version av Intervju. Uppdatera appen på den här enheten och ta emot dem igen. Ingenting ändrades.
field-bundle-damaged = Paketet är skadat eller ofullständigt, eller så är det inte förseglat av enheten det anger. Skicka det igen från den andra enheten. Ingenting ändrades.
field-bundle-not-paired = Paketet kommer från en enhet som inte är parkopplad med den här. Parkoppla de två enheterna först. Ingenting ändrades.
field-bundle-from-here = Paketet är skrivet av den här enheten. Ta emot det på den andra enheten. Ingenting ändrades.
field-network-off = Det lokala nätverket kan inte användas på den här enheten just nu, så ingenting synkades. Att skicka ändringar som fil fungerar fortfarande.
csv-date = Datum
csv-time = Tid
csv-employer = Arbetsgivare
csv-role = Tjänst
csv-contact-kind = Typ av kontakt
csv-contact-person = Kontaktperson
csv-place = Plats
csv-status = Status
csv-time-zone = Tidszon
contact-kind-first = Anställningsintervju
contact-kind-second = Anställningsintervju, andra omgången
contact-kind-task = Arbetsprov eller case
contact-kind-other = Möte med arbetsgivaren
report-heading = Intervjuer — rapport den { $date }
report-summary = { $count ->
    [one] En intervju.
   *[other] { $count } intervjuer.
}
report-lessons = Lärdomar som fortfarande är öppna
ics-summary = Intervju: { $role }, { $company }
file-kind-json = Säkerhetskopia från Intervju
file-kind-csv = Kalkylblad (CSV)
file-kind-ics = Kalender (iCalendar)
file-kind-md = Rapport (Markdown)
file-kind-intervjusync = Ändringar från Intervju
file-save-title = Spara exporten
file-open-title = Välj en fil att importera
file-send-title = Spara ändringarna till den andra enheten
file-receive-title = Välj en fil med ändringar från den andra enheten

## Genomgång hemma
nav-review = Se tillbaka
review-title = Se tillbaka
export-print = Skriv ut rapporten
review-search-label = Sök i allt du har skrivit
review-search-hint = Ett ord från en anteckning, ett svar eller en reflektion
review-search-none = Inget matchar ”{ $query }”.
review-search-count = { $count ->
    [one] En träff
   *[other] { $count } träffar
}
source-interview = Intervju
source-preparation = Förberedelse
source-reflection = Reflektion
source-feedback = Återkoppling
source-lists = Förberedelselistor
source-practice = Övningslogg
source-question = Frågebanken
review-trends-title = Utveckling
review-trends-empty = Diagrammen visas när du har reflekterat över en intervju.
review-averages = { $count ->
    [one] Över en reflektion
   *[other] Över { $count } reflektioner
} gav du i snitt { $first } direkt efteråt, och { $later } när du såg tillbaka senare.
chart-stress-title = Hur spänd du var
chart-rating-title = Ditt betyg, direkt efteråt och senare
chart-rating-first = Direkt efteråt
chart-rating-later = Senare
chart-answers-title = Hur ofta du fick…
chart-said-everything = sagt allt
chart-enough-time = tid att prata
chart-strengths = fram dina styrkor
col-interview = Intervju
review-forgotten-title = Det du ofta glömmer
review-forgotten-item = { $text } ({ $count } gånger)
review-lessons-title = Lärdomar som fortfarande är öppna
review-interviews-title = Alla intervjuer
filter-status = Status
filter-company = Arbetsgivare
filter-round = Omgång
filter-any-round = Alla omgångar
filter-from = Från
filter-to = Till
filter-clear = Rensa filtren
view-label = Visa som
view-table = Tabell
view-timeline = Tidslinje
col-date = Datum
col-company = Arbetsgivare
col-role = Tjänst
col-round = Omgång
col-status = Status
col-rating = Betyg
review-count = Visar { $shown } av { $total }
review-more = Visa fler
review-none = Inga intervjuer matchar filtren.
review-companies-title = Arbetsgivare
company-summary = { $count ->
    [one] En intervju, { $first }
   *[other] { $count } intervjuer, { $first } – { $last }
}
company-later-round = Gick vidare till en senare omgång
company-show = Visa deras intervjuer
review-exchange-title = Export och import
review-export-title = Export
export-filtered-hint = Aktivitetsrapporten, kalendern och rapporten innehåller de intervjuer som filtren ovan visar.
export-csv = Aktivitetsrapport (CSV)
export-csv-hint = Datum, arbetsgivare, tjänst och typ av kontakt: det som Arbetsförmedlingen och NAV frågar efter.
export-ics = Lägg till i kalendern (.ics)
export-md = Rapport (Markdown)
export-json = Fullständig säkerhetskopia (JSON)
export-json-hint = Allt, för att spara undan eller flytta till en annan dator.
export-saved = Sparad i { $path }
review-import-title = Import
import-invitation = En kalenderinbjudan (.ics)
import-backup = En säkerhetskopia (JSON)
import-backup-hint = Lägger till det som inte redan finns här. Intervjuer du redan har känns igen och lämnas som de är.
import-done = { $added ->
    [one] En intervju tillagd
   *[other] { $added } intervjuer tillagda
}, { $duplicates } fanns redan.
list-import = Importera en inbjudan
form-imported-title = Kontrollera inbjudan
form-imported-hint = Läst från kalenderfilen. Kontrollera uppgifterna, fyll i det som saknas och spara.
form-imported-all-day = Inbjudan har ett datum men ingen tid, så starten är satt till 09:00.
form-imported-zone-guessed = Inbjudans tidszon var okänd, så tiden visas i din egen zon.
form-imported-first-of = Filen innehöll { $count } bokningar; det här är den första.
form-start-in-gap = { $time } finns inte den dagen i { $zone }: klockan hoppar över den timmen. Välj en annan tid.
invitation-update-title = Inbjudan har fått en ny tid
invitation-update-hint = Den uppdaterar en intervju du redan har. Vill du flytta den till den nya tiden? Förberedelser, anteckningar och allt annat följer med.
invitation-cancel-title = Intervjun är inställd
invitation-cancel-hint = Arbetsgivaren har ställt in den här intervjun. Vill du markera den som inställd? Påminnelserna upphör, och allt du har skrivit sparas.
invitation-repeat-title = Inget nytt
invitation-repeat-hint = Intervju har redan den här intervjun så som inbjudan beskriver den (eller en senare version av den).
invitation-current = I Intervju
invitation-in-file = I inbjudan
invitation-move = Flytta till den nya tiden
invitation-mark-cancelled = Markera som inställd
invitation-keep = Låt den vara som den är
invitation-open = Öppna intervjun
invitation-moved = Flyttad till den nya tiden
invitation-marked-cancelled = Markerad som inställd
invitation-cancels-unknown = Den här inbjudan ställer in en intervju som inte finns i Intervju, så det finns inget att ändra.

## The tray icon's menu (desktop)
tray-open = Öppna Intervju
tray-quit = Avsluta Intervju

## Settings: back up now, and where the log is
backup-now = Säkerhetskopiera nu
backup-now-done = Säkerhetskopian är klar: { $name }
about-log-file = Loggfil
about-log-hint = Om något går fel står det här vad som hände. Filen innehåller inga anteckningar eller namn.

## Notices: what the app recovered from on its own
notice-reminder-settings-reset = Inställningarna för påminnelser gick inte att läsa, så standardinställningarna gäller igen. De gamla sparades undan i databasen.
notice-reminders-set-aside = En påminnelse gick inte att läsa från databasen och hoppades över. Dina andra påminnelser kommer som vanligt.
notice-reminders-not-planned = Några intervjuer har en tid eller tidszon som inte gick att läsa, så deras påminnelser uppdaterades inte. De andra intervjuerna uppdaterades.
notice-dismiss = OK

## Settings → Devices: pairing, and changes carried from one device to another as a file
settings-devices-title = Dina andra enheter
settings-devices-hint = Använd Intervju på både mobilen och datorn, med samma intervjuer. Inget moln: parkoppla dem en gång och ta sedan med en fil med ändringar från den ena till den andra.
settings-devices-open = Enheter
devices-title = Enheter
devices-intro = Para ihop telefonen och datorn en gång med en kod. Sedan håller de varandra uppdaterade av sig själva när båda är på samma lokala nätverk med Intervju öppen – direkt, aldrig via internet eller någon server. När ni inte delar nätverk kan du skicka ändringarna som en fil i stället; bara den ihopparade enheten kan öppna den.
devices-this-title = Den här enheten
devices-this-device = Den här enheten
devices-name-label = Namnet på den här enheten
devices-name-hint = Dina andra enheter visar den här under det här namnet, till exempel ”Mobil” eller ”Laptop”.
devices-name-save = Spara namnet
devices-name-saved = Namnet har sparats.
devices-id-label = Enhets-id
devices-id-hint = Början av enhetens id. En parkopplad enhet visar samma tecken bredvid namnet på den här.
devices-pair-title = Parkoppla en enhet
devices-pair-hint = Visa en kod här och skriv in den på den andra enheten.
devices-pair-start = Visa en parkopplingskod
devices-pair-again = Visa en ny kod
devices-code-label = Parkopplingskoden, sex ord
devices-pair-step-open = Öppna Intervju på den andra enheten och gå till Inställningar → Enheter.
devices-pair-step-type = Under ”Skriv in en kod från en annan enhet” skriver du de här sex orden i den här ordningen och väljer Parkoppla.
devices-pair-step-send = Är båda enheterna på samma nätverk synkar de av sig själva inom en minut. Annars väljer du ”Skicka ändringar” där och tar emot filen här.
devices-qr-label = QR-kod med samma sex ord
devices-qr-hint = Samma sex ord som QR-kod.
devices-code-secret = Håll koden för dig själv: den som har den kan öppna det du skickar.
devices-enter-title = Skriv in en kod från en annan enhet
devices-enter-hint = Välj ”Visa en parkopplingskod” på den andra enheten för att se de sex orden. Mellanslag eller bindestreck mellan orden går lika bra.
devices-enter-label = Parkopplingskod
devices-enter-placeholder = sex ord
devices-enter-submit = Parkoppla
devices-entered = Ihopparade. Letar efter den andra enheten på det här nätverket …
devices-peers-title = Parkopplade enheter
devices-peers-empty = Ingen enhet är parkopplad än: börja med ”Parkoppla en enhet”.
devices-peer-waiting = Väntar på första utbytet
devices-peer-unnamed = Enhet utan namn
devices-peer-paired = Parkopplad
devices-peer-last = Senaste utbyte
devices-peer-never = Inte än
devices-peer-brought = Senaste ändringarna därifrån
devices-send = Skicka ändringar
devices-sent = Sparad i { $path }. Ta emot filen på den andra enheten.
devices-unpair = Koppla från
devices-unpair-title = Koppla från den här enheten?
devices-unpair-body = { $name } — den här enheten glömmer nyckeln ni delar. Filer därifrån går inte längre att öppna här, och inget mer förbereds för den. Det som redan har utbytts finns kvar på båda enheterna.
devices-unpair-waiting-body = Koden för den här parkopplingen slutar fungera här. Inget annat ändras.
devices-unpaired = Enheten har kopplats från.
devices-receive-title = Ta emot ändringar
devices-receive-hint = Välj en fil med ändringar som en parkopplad enhet har sparat. Det som har ändrats där tas in här.
devices-receive = Ta emot ändringar
devices-receiving = Tar in ändringar: { $done } av { $total }
devices-receiving-done = Ändringar intagna: { $total } av { $total }
devices-received = Från { $name }: { $brought }.
devices-sync-now = Synka nu
devices-syncing = Synkar med enheterna på det här nätverket …
devices-synced = Synkat med { $name }: { $brought }.
devices-sync-none = Ingen ihopparad enhet har hittats på ett nätverk än. Para ihop en enhet medan båda är på samma nätverk först.
devices-peer-network = Lokalt nätverk
devices-peer-network-yes = Synkar av sig själv när den är på samma nätverk
devices-peer-network-no = Inte mött på ett nätverk än
devices-peer-problem = Senaste försöket
lan-problem-not-found = Hittades inte på det här nätverket. Öppna Intervju på den, på samma wifi.
lan-problem-peer-newer = Den har en nyare version av Intervju. Uppdatera appen på den här enheten.
lan-problem-peer-older = Den har en äldre version av Intervju. Uppdatera appen på den enheten.
lan-problem-refused = Den nekade den här enheten. Den kan ha kopplats från där: para ihop dem igen.
lan-problem-cut = Anslutningen bröts. Det som fortfarande saknas kommer med nästa synkning.
lan-problem-nonsense = Den skickade något som den här appen inte förstår. Ingenting ändrades här.
lan-problem-storage = Det som kom kunde inte sparas på den här enheten. Kontrollera att det finns ledigt utrymme.
brought-nothing = Inget nytt
brought-interview = { $count ->
    [one] { $count } intervju
   *[other] { $count } intervjuer
}
brought-interviewer = { $count ->
    [one] { $count } person du träffade
   *[other] { $count } personer du träffade
}
brought-preparation = { $count ->
    [one] { $count } förberedelseblad
   *[other] { $count } förberedelseblad
}
brought-preparation-item = { $count ->
    [one] { $count } punkt i förberedelselistorna
   *[other] { $count } punkter i förberedelselistorna
}
brought-practice-session = { $count ->
    [one] { $count } övningspass
   *[other] { $count } övningspass
}
brought-question = { $count ->
    [one] { $count } fråga
   *[other] { $count } frågor
}
brought-checklist-check = { $count ->
    [one] { $count } bock i en checklista
   *[other] { $count } bockar i checklistor
}
brought-reflection = { $count ->
    [one] { $count } reflektion
   *[other] { $count } reflektioner
}
brought-lesson = { $count ->
    [one] { $count } lärdom
   *[other] { $count } lärdomar
}
brought-feedback = { $count ->
    [one] { $count } återkoppling
   *[other] { $count } återkopplingar
}
brought-other = { $count ->
    [one] { $count } annan ändring
   *[other] { $count } andra ändringar
}

## Notifications on a phone: the permission, asked once with a reason
permission-title = Påminnelser på den här telefonen
permission-why = Intervju påminner dig i de stunder som räknas. För att kunna göra det när appen är stängd behöver den tillåtelse att visa aviseringar.
permission-why-before = Kvällen före och några timmar före: dina förberedelser, och checklistan på vägen in.
permission-why-after = Direkt efteråt: två minuters reflektion medan allt är färskt.
permission-why-next-day = Dagen efter: en lugnare andra titt, och en liten knuff att följa upp om du inte hör något.
permission-private = Påminnelserna skapas på den här telefonen och lämnar den aldrig. Du kan stänga av var och en i inställningarna.
permission-late = På Android kan påminnelser komma några minuter för sent: telefonen samlar ihop larm för att spara batteri.
permission-allow = Tillåt aviseringar
permission-later = Inte nu
permission-granted = Aviseringar är påslagna.
permission-denied = Aviseringar är avstängda. Du kan slå på dem för Intervju i telefonens inställningar.
permission-off-settings = Aviseringar är avstängda för Intervju, så påminnelserna når dig inte. Slå på dem i telefonens inställningar.
permission-ask-settings = Tillåt aviseringar …

## Aktivitetsrapportering: Arbetsförmedlingens månadsrapport, NAV:s meldekort
authority-arbetsformedlingen = Arbetsförmedlingen
authority-nav = NAV
report-field-arbetsformedlingen-kind = Aktivitet
report-field-arbetsformedlingen-date = Datum
report-field-arbetsformedlingen-employer = Arbetsgivare
report-field-arbetsformedlingen-title = Yrke
report-field-arbetsformedlingen-place = Ort
report-field-arbetsformedlingen-stage = Hur långt det kom
report-field-nav-date = Datum
report-field-nav-kind = Aktivitet
report-field-nav-employer = Arbetsgivare
report-field-nav-title = Tjänst
report-field-nav-place = Ort
report-field-nav-stage = Hur långt det kom
activity-kind-application = Sökt jobb
activity-kind-interview = Intervju
activity-kind-contact = Kontaktat arbetsgivare
activity-kind-other = Annat jobbsökande
activity-stage-waiting = Väntar på svar
activity-stage-interview = Intervju
activity-stage-offer = Fått erbjudande
activity-stage-rejected = Fått avslag
activity-stage-withdrawn = Drog mig ur
report-reminder-opens-title = Dags för aktivitetsrapporten till Arbetsförmedlingen
report-reminder-opens-body = Rapportera vad du gjorde { $start } – { $end }. Den kan skickas till och med { $due }; dina aktiviteter ligger klara att kopiera.
report-reminder-again-title = Aktivitetsrapporten är inte skickad än
report-reminder-again-body = Rapporten för { $start } – { $end } stänger { $due }. Dina aktiviteter ligger klara att kopiera.
report-reminder-due-title = Meldekortet till NAV ska skickas i dag
report-reminder-due-body = Skicka meldekortet för { $start } – { $end } i dag. Ditt jobbsökande finns listat i appen.
report-settings-title = Rapportera ditt jobbsökande
report-settings-hint = Är du inskriven som arbetssökande påminner appen dig när det är dags att rapportera och listar dina aktiviteter klara att kopiera.
report-authority-label = Jag rapporterar mitt jobbsökande till
report-authority-none = Ingen
report-authority-arbetsformedlingen = Arbetsförmedlingen (varje månad)
report-authority-nav = NAV (var 14:e dag)
report-nav-due-label = Nästa meldekort ska skickas
report-nav-due-hint = Datumet står på ditt meldekort hos NAV. De följande kommer var 14:e dag.
report-settings-save = Spara rapportering
report-settings-saved = Rapporteringen är sparad.
report-next-reminder = Nästa påminnelse om rapportering: { $when }
report-open = Öppna rapporten
report-title = Aktivitetsrapport
report-for = Till { $authority }
report-period = { $start } – { $end }
report-period-start = Från
report-period-end = Till
report-period-show = Visa perioden
report-period-suggested = Tillbaka till perioden som ska rapporteras
report-due-by = Skicka den senast { $due }.
report-af-hint = Varje rad är en aktivitet i aktivitetsrapporten till Arbetsförmedlingen. Kopiera fälten ett i taget in i formuläret.
report-nav-hint = Meldekortet frågar om du har sökt arbete. Listan är din egen översikt över vad du gjorde, för aktivitetsplanen eller om NAV frågar.
report-empty = Inga aktiviteter i den här perioden än. Intervjuer som har ägt rum kommer med av sig själva; lägg till ansökningar och kontakter nedan.
report-copy = Kopiera
report-copy-field = Kopiera { $field }
report-copy-row = Kopiera raden
report-copied = Kopierat: { $text }
report-copy-failed = Det gick inte att kopiera. Markera texten och kopiera den själv.
report-mark = Markera perioden som rapporterad
report-marked = Perioden är markerad som rapporterad. Påminnelserna för den har slutat.
report-reported-on = Rapporterad { $date }.
report-unmark = Inte rapporterad ändå
report-last = Senast rapporterat: { $start } – { $end }
report-print = Skriv ut
report-edit-activity = Ändra
report-delete-activity = Ta bort
report-delete-confirm = Ta bort den här aktiviteten från dina rapporter?
report-from-interview = Från dina intervjuer
report-add-title = Lägg till en aktivitet
report-edit-title = Ändra aktiviteten
activity-kind-label = Vad du gjorde
activity-date-label = Datum
activity-employer-label = Arbetsgivare
activity-title-label = Yrke eller tjänst
activity-place-label = Ort
activity-stage-label = Hur långt det kom
activity-note-label = Anteckning till dig själv (inte i rapporten)
activity-add = Lägg till aktivitet
activity-save = Spara aktiviteten
activity-cancel = Avbryt
activity-added = Aktiviteten är tillagd.
report-banner = Dags att rapportera { $start } – { $end } till { $authority }: skicka senast { $due }.
report-banner-overdue = Rapporten för { $start } – { $end } till { $authority } skulle ha skickats { $due }.
review-report = Aktivitetsrapport
activity-saved = Aktiviteten är sparad.
report-authority-select = Rapportera till

# Polski: sprawy grupy: spotkania, konfiguracja, ustawienia, cotygodniowe pytanie i liczby dla
# osób prowadzących. Every message in en/group.ftl, with the same variables; "ty" throughout,
# no guessed gender (impersonal or neutral forms). Dates typed for /meetup are read in English
# ("next Tuesday 7pm"), so the examples stay English. Needs a review by a first-language speaker.

## Meetups: suggesting one

meetup-help = Na przykład: /meetup next Tuesday 7pm | Kawa i rozmowa | Kawiarnia Forum
meetup-when-missing = Kiedy to ma być?
meetup-unreadable = Nie umiem odczytać "{ $typed }" jako daty i godziny. Spróbuj na przykład "next Tuesday 7pm" albo "3 Dec 19:00".
meetup-add-time = Dodaj godzinę, na przykład "{ $day } 7pm".
meetup-no-such-date = Wygląda na to, że taki dzień nie istnieje.
meetup-passed = { $at } już minęło. Wybierz czas, który jest jeszcze przed nami, na przykład "next Tuesday 7pm".
meetup-too-far = To ponad rok stąd. Wybierz dzień w ciągu najbliższego roku.
meetup-what-time = O której godzinie, { $day }?
meetup-what-time-on = O której godzinie w { $day }?
meetup-time-example = Na przykład 10am albo 7pm.
meetup-needs-all = Spotkanie potrzebuje czasu, tytułu i miejsca, oddzielonych znakiem |.
meetup-title-long = Tytuł może mieć najwyżej 100 znaków.
meetup-place-long = Miejsce może mieć najwyżej 200 znaków.
meetup-form-title = Zaproponuj spotkanie
meetup-form-when = Kiedy (np. next Tuesday 7pm)
meetup-form-what = Co to jest (np. Kawa i rozmowa)
meetup-form-where = Gdzie
meetup-plan = Zaplanujmy spotkanie. Napisz, kiedy, co i gdzie.
meetup-nearly = Prawie gotowe: { $title }, miejsce: { $place }.
meetup-read-back = Tak to odczytuję: { $meetup } (czas { $zone }). Czy opublikować to w grupie?
meetup-confirm = Potwierdź i opublikuj
meetup-cancel = Anuluj
meetup-nothing-posted = Nie ma sprawy, nic nie zostało opublikowane.
meetup-not-waiting = Ta propozycja już nie czeka. Możesz zacząć od nowa przez /meetup.
meetup-already-on = To spotkanie jest już w planie: /meetups je pokazuje.
meetup-passed-waiting = Ten czas minął, kiedy propozycja czekała. Wyślij /meetup jeszcze raz z nowym czasem.
meetup-posted = Opublikowane, a ty jesteś na liście osób, które przyjdą.
meetup-posted-reminders = Osoby, które odpowiedzą tak albo może, dostaną przypomnienie { $ahead ->
    [day] dzień wcześniej i godzinę przed
   *[hour] godzinę przed
}.

## Meetups: the group's post and the answers

meetup-line = { $title }: { $at }, miejsce: { $place }
meetup-post = 📅 { $name } proponuje spotkanie: { $meetup }. Czy przyjdziesz?
meetup-yes = Tak
meetup-maybe = Może
meetup-no = Nie
meetups-not-on = Tego spotkania już nie ma w planie. /meetups pokazuje, co przed nami.
meetups-not-on-short = Tego spotkania już nie ma w planie.
meetups-started = To spotkanie już się zaczęło, więc nie ma na co odpowiadać. /meetups pokazuje, co przed nami.
meetups-yes-reply = Super: przychodzisz na { $title }, { $at }.
meetups-remind-you = Przypomnę ci { $ahead ->
    [day] dzień wcześniej i godzinę przed
   *[hour] godzinę przed
}.
meetups-see-you = Do zobaczenia!
meetups-maybe-reply = Zapisane jako „może” na { $title }, { $at }.
meetups-maybe-reminder = Wyślę przypomnienie; bez presji.
meetups-no-pressure = Bez presji.
meetups-no-reply = Zapisane: nie dasz rady przyjść na { $title }. Może następnym razem! Odpowiedź można zmienić w /meetups.
meetups-old-button = Przepraszam, ten przycisk już nie działa. Wyślij /meetups, żeby kontynuować.

## Meetups: the list

meetups-none = Na razie nie ma zaplanowanych spotkań. Zaproponuj jakieś przez /meetup, na przykład: /meetup next Tuesday 7pm | Kawa | Kawiarnia Forum
meetups-coming-up = **Przed nami**
meetups-item = { $n }. { $meetup }. Przyjdzie: { $yes }, może: { $maybe }.
meetups-you-said = Twoja odpowiedź: { $answer ->
    [yes] tak
    [maybe] może
   *[no] nie
}.
meetups-yes-label = Tak: { $meetup }
meetups-maybe-label = Może: { $meetup }
meetups-no-label = Nie: { $meetup }
meetups-call-off-label = Odwołaj: { $meetup }
meetups-tap = Stuknij, żeby dać znać, czy przyjdziesz; odpowiedź można zmienić w każdej chwili.

## Meetups: calling one off

meetups-only-suggester = Spotkanie może odwołać tylko osoba, która je zaproponowała, albo osoba prowadząca grupę.
meetups-call-off-ask = Odwołać { $title }, { $at }? Każda osoba, która odpowiedziała, dostanie prywatną wiadomość, a wpis w grupie pokaże, że spotkanie jest odwołane.
meetups-call-off-yes = Tak, odwołaj
meetups-keep-label = Zostaw
meetups-kept = Dobrze: spotkanie nadal jest w planie i nikt nie dostał żadnej wiadomości.
meetups-called-off = Odwołane: { $title }. { $told ->
    [0] Nikt inny jeszcze nie odpowiedział
    [one] Daję znać jednej osobie, która odpowiedziała
    [few] Daję znać { $told } osobom, które odpowiedziały
    [many] Daję znać { $told } osobom, które odpowiedziały
   *[other] Daję znać { $told } osobom, które odpowiedziały
}, a wpis w grupie pokazuje teraz, że spotkanie jest odwołane.
meetups-off-by-suggester = Spotkanie { $title }, { $at }, jest odwołane przez osobę, która je zaproponowała: { $name }. Przepraszamy za zmianę planów. /meetups pokazuje, co jeszcze przed nami.
meetups-off-by-facilitator = Spotkanie { $title }, { $at }, jest odwołane przez osobę prowadzącą grupę: { $name }. Przepraszamy za zmianę planów. /meetups pokazuje, co jeszcze przed nami.
meetups-off-post = 📅 **Odwołane**: { $meetup }. Każda osoba, która odpowiedziała, już o tym wie. /meetups pokazuje, co jeszcze przed nami.

## Meetups: reminders

meetups-reminder-soon = Zaraz się zaczyna: { $title }, miejsce: { $place }, { $at }.
meetups-reminder-day = Przypomnienie od grupy { $group }: { $title }, { $at }, miejsce: { $place }.
meetups-reminder-maybe = Bez presji: odpowiedź „może” jest w porządku.
meetups-reminder-change = Jeśli plany się zmieniły, stuknij poniżej.
meetups-coming-label = Przyjdę
meetups-cant-label = Nie dam rady

## Setting up (/setup): said to the facilitator in their words, since a new group has no language yet

setup-help = Na przykład: /setup Europe/Warsaw niedziela 19:00 Rodzice we wtorki
setup-for-example = Na przykład: { $example }
setup-zone-hint = Nie znam strefy czasowej { $typed }. Strefy czasowe wyglądają tak: Europe/Warsaw, Europe/London albo America/New_York (lista jest tutaj: https://en.wikipedia.org/wiki/List_of_tz_database_time_zones).
setup-day-problem = Nie rozpoznaję dnia { $typed }. Spróbuj na przykład niedziela, wtorek albo sunday.
setup-time-problem = Nie rozpoznaję godziny { $typed }. Spróbuj 19:00, 7pm albo 19:30.
setup-what-time-on = { $part ->
    [morning] O której godzinie rano, { $day }?
    [afternoon] O której godzinie po południu, { $day }?
    [evening] O której godzinie wieczorem, { $day }?
    [night] O której godzinie w nocy, { $day }?
   *[none] O której godzinie, { $day }?
}
setup-needs-all = Do konfiguracji potrzebna jest strefa czasowa, dzień i godzina.
setup-name-long = Ta nazwa grupy jest trochę za długa: może mieć najwyżej 100 znaków.
setup-default-name = Nasza grupa
setup-form-title = Konfiguracja grupy
setup-form-zone = Strefa czasowa (np. Europe/Warsaw)
setup-form-day = Dzień cotygodniowego pytania (np. niedziela)
setup-form-time = Godzina cotygodniowego pytania (np. 19:00)
setup-form-name = Nazwa grupy (jeśli chcesz)
setup-ask = Skonfigurujmy tę grupę. Napisz strefę czasową, dzień i godzinę cotygodniowego pytania, a jeśli chcesz, także nazwę.
setup-welcome = Witaj, { $group }! Grupa jest gotowa.
setup-updated = Zmienione: { $group }.
setup-weekly = Cotygodniowe pytanie: { $day }, godz. { $time } ({ $zone }). Następne: { $next }.
setup-helplines = Telefony wsparcia dla /support: { $region }. Osoba prowadząca może to zmienić przez /settings region.
setup-join-now = Teraz każdy może wysłać /join, żeby przeczytać zasady grupy i dołączyć. Osoby prowadzące: /agreement set zmienia zasady, /settings pokazuje resztę.

## A new check-in day, time or zone

setup-rhythm = co tydzień: { $day }, godz. { $time }
setup-zone-time = (czas { $zone })
setup-moved = Cotygodniowe pytanie ma nowy termin: od teraz { $now }{ $zone }, zamiast { $before }.
setup-week-paused = Cotygodniowe pytania są wstrzymane, więc żadne nie wyjdzie do /prompt resume; potem termin to { $rhythm }.
setup-week-gone-out = Pytanie na ten tydzień już wyszło, więc w tym tygodniu nic się nie zmienia. Pierwsze w nowym terminie: { $next }.
setup-week-skipped = Pytanie na ten tydzień zostało już pominięte, więc pierwsze w nowym terminie: { $next }.
setup-week-new-time = Pytanie na ten tydzień przyjdzie w nowym terminie: { $at }.
setup-week-soon = Nowa godzina była dziś wcześniej, więc pytanie na ten tydzień wyjdzie w ciągu minuty lub dwóch.
setup-week-passed = Nowy dzień i godzina w tym tygodniu już minęły, więc następne pytanie przyjdzie dopiero { $next }. Jeśli chcesz je jeszcze w tym tygodniu, stuknij poniżej albo wyślij /prompt now.

## Settings (/settings)

settings-x-title = Ustawienia grupy { $group }:
settings-x-change-one = Zmień jedno przez /settings set <key> <value>, na przykład /settings set time 19:30
settings-x-about-name = nazwa grupy
settings-x-about-timezone = strefa czasowa, według której wszystko działa
settings-x-about-day = dzień cotygodniowego pytania
settings-x-about-time = godzina cotygodniowego pytania
settings-x-about-absence = ile tygodni ciszy przed życzliwą wiadomością (od 1 do 12)
settings-x-about-pairing = jak często dobierane są pary, w tygodniach (od 1 do 8)
settings-x-about-keep = jak długo przechowywane są odpowiedzi i notatki, zanim zostaną usunięte (od { $min } do { $max } miesięcy)
settings-x-about-region = dokąd kieruje /support ({ $countries } albo international; dla Wielkiej Brytanii także kraj: GB scotland)
settings-x-about-tally = co pokazuje cotygodniowe pytanie: count (ile osób odpowiedziało) albo names (nigdy osoby, która odpowiedziała prywatnie)
settings-x-about-audience = dla kogo jest grupa: adults, young people albo everyone (/support najpierw pokazuje telefony dla nich)
settings-x-about-language = język, w którym bot mówi do grupy (en, cy albo pl); każda osoba może wybrać własny przez /language
settings-x-about-role = rola na Discordzie, która liczy się jako osoba prowadząca (albo "none")
settings-x-notes-row = { $on } (prywatna wiadomość, kiedy ktoś długo się nie odzywa)
settings-x-prompt-row = { $paused ->
    [paused] wstrzymane
   *[running] działa
} (użyj /prompt pause albo /prompt resume)
settings-x-weeks = { $count ->
    [one] { $count } tydzień
    [few] { $count } tygodnie
   *[other] { $count } tygodni
}
settings-x-every-weeks = { $count ->
    [one] co tydzień
    [few] co { $count } tygodnie
   *[other] co { $count } tygodni
}
settings-x-months = { $count ->
    [one] { $count } miesiąc
    [few] { $count } miesiące
   *[other] { $count } miesięcy
}
settings-x-none = brak
settings-x-bad-name = Nazwa grupy musi mieć od 1 do 100 znaków, na przykład: /settings name Rodzice we wtorki
settings-x-bad-day = Nie rozpoznaję dnia { $typed }. Na przykład: /settings day sunday
settings-x-bad-time = Nie rozpoznaję godziny { $typed }. Na przykład: /settings time 19:00
settings-x-bad-absence = Ustawienie absence to liczba tygodni od 1 do 12. Na przykład: /settings absence 2
settings-x-bad-pairing = Pary mogą być dobierane co 1 do 8 tygodni. Na przykład: /settings pairing 2
settings-x-bad-keep = Odpowiedzi można przechowywać od { $min } do { $max } miesięcy; potem one i ich notatki są usuwane. Na przykład: /settings keep 12
settings-x-bad-region = Regiony, dla których mam telefony wsparcia: { $countries } albo international dla wszystkich innych miejsc. Na przykład: /settings region GB
settings-x-bad-nation = Kraj można ustawić tylko dla GB: england, scotland, wales albo northern ireland. Na przykład: /settings region GB wales
settings-x-bad-tally = Licznik to count (ile osób odpowiedziało) albo names. Na przykład: /settings tally count
settings-x-bad-audience = Dla kogo jest grupa: adults, young people czy everyone? Na przykład: /settings audience young people
settings-x-bad-role = Rola osób prowadzących to rola na Discordzie: wybierz ją w /settings role (albo napisz "none").
settings-x-bad-notes = Powiadomienia są on albo off. Na przykład: /settings notes on
settings-x-notes-join-first = Żeby dostawać prywatne powiadomienia, najpierw dołącz do grupy przez /join, a potem spróbuj jeszcze raz.
settings-x-notes-on = Powiadomienia są włączone: dam ci znać prywatnie, kiedy ktoś długo się nie odzywa.
settings-x-notes-off = Powiadomienia są wyłączone.
settings-x-unknown-key = Nie mam ustawienia o nazwie { $typed }. Ustawienia to: { $keys }.
settings-x-done = Gotowe: { $key } to teraz { $value }.
settings-x-no-such = Nie mam ustawienia o nazwie { $typed }. Wyślij /settings, żeby zobaczyć wszystkie.
settings-x-what-value = Jaka ma być wartość { $key }? Na przykład: /settings { $key } { $example }

## The facilitator's hand on the weekly prompt (/prompt now|skip|pause|resume)

prompt-cmd-usage = Możesz użyć /prompt now (wyślij pytanie na ten tydzień teraz), /prompt skip (w tym tygodniu nie ma spotkania), /prompt pause albo /prompt resume.
prompt-cmd-unknown = Nie znam "/prompt { $typed }".
prompt-cmd-on-its-way = Gotowe: pytanie na ten tydzień jest już w drodze do grupy.
prompt-cmd-not-twice = Pytanie na ten tydzień { $status ->
    [sent] już wyszło
   *[queued] już czeka w kolejce
}, więc nie wyślę go drugi raz.
prompt-cmd-old-button = Przepraszam, ten przycisk już nie działa. Wyślij /prompt now, żeby wysłać pytanie na ten tydzień.
prompt-cmd-now-label = Wyślij pytanie na ten tydzień teraz
prompt-cmd-already-skipped = Ten tydzień jest już pominięty: nie będzie pytania { $at }.
prompt-cmd-skip-this-week = W tym tygodniu nie ma spotkania: nie będzie pytania { $at }. Trzymajcie się, do zobaczenia za tydzień.
prompt-cmd-skip-next-week = W przyszłym tygodniu nie ma spotkania: nie będzie pytania { $at }. Do zobaczenia tydzień później.
prompt-cmd-skipped-next = Pytanie na ten tydzień już wyszło, więc pominięte jest pytanie na przyszły tydzień.
prompt-cmd-decided = Pytanie na ten tydzień jest już przesądzone, więc nie ma czego pomijać. /prompt pause wstrzymuje pytania do /prompt resume.
prompt-cmd-already-paused = Cotygodniowe pytania są już wstrzymane. /prompt resume uruchamia je znowu.
prompt-cmd-paused = Cotygodniowe pytania grupy { $group } są wstrzymane. /prompt resume uruchamia je znowu.
prompt-cmd-resumed = Cotygodniowe pytania znowu działają.
prompt-cmd-not-paused = Cotygodniowe pytania nie były wstrzymane.
prompt-cmd-next = Następne: { $at }.

## How the group is doing (/stats), for a facilitator

stats-title = { $group }: jak się ma grupa
stats-members = Osoby w grupie: aktywne { $active }, na przerwie { $away }.
stats-members-left = Osoby w grupie: aktywne { $active }, na przerwie { $away }; odeszło { $left }.
stats-one-or-two = 1 lub 2
stats-checkins-head = **Odpowiedzi** (każdy okres trwa od jednego cotygodniowego pytania do następnego; jego liczby są ustalane, kiedy się kończy)
stats-no-period = Żaden okres jeszcze się nie skończył.
stats-week-of = tydzień od { $date }
stats-people = { $count ->
    [0] nikt
    [one] { $count } osoba
    [few] { $count } osoby
   *[other] { $count } osób
}
stats-people-few = 1 lub 2 osoby
stats-of-members = { $people } z { $members } osób w grupie w tamtym czasie
stats-period-began = Ten okres zaczął się { $at }; jego liczby będą, kiedy się skończy.
stats-moods-head = **Nastroje** (łącznie z każdych { $n } zakończonych okresów)
stats-moods-not-yet = Jeszcze nie: pierwsze liczby będą, kiedy skończą się { $n } okresy.
stats-moods-over = W { $n } okresach, od: { $from }, do: { $to }:
stats-moods-hidden = Nie pokazano: odpowiedziały tylko 1 lub 2 osoby.
stats-not-shown = nie pokazano
stats-quiet-head = **Cisza** ({ $weeks }+ tyg., poza osobami na przerwie)
stats-quiet-nobody = Teraz nikt.
stats-weeks = { $count ->
    [one] { $count } tydzień
    [few] { $count } tygodnie
   *[other] { $count } tygodni
}
stats-quiet-only = Te imiona widzą tylko osoby prowadzące, które włączyły powiadomienia.
stats-quiet-names-hidden = Imiona widzą tylko osoby prowadzące, które włączą powiadomienia: /settings notes on
stats-never-removed = Każda cicha osoba dostaje ode mnie jedną życzliwą wiadomość; nikt nigdy nie jest usuwany. /export pobiera sumy.
stats-never-exact = Liczba, która mogłaby wskazać jedną lub dwie osoby, nigdy nie jest pokazana dokładnie, więc nikogo nie da się rozpoznać.

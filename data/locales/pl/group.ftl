# Ustawianie grupy i zmiana jej rytmu.

setup-example = Na przykład: /setup Europe/Warsaw niedziela 19:00 Grupa Rodziców
setup-needs = Do ustawienia grupy potrzebuję strefy czasowej, dnia i godziny.
setup-example-time = Na przykład: /setup { $zone } { $day } 7pm
setup-name-long = Ta nazwa grupy jest trochę za długa: zmieść ją, proszę, w 100 znakach.
setup-zone-unknown = Nie znam strefy czasowej { $typed }. Strefy czasowe wyglądają tak: Europe/Warsaw, Europe/London albo America/New_York (lista jest na https://en.wikipedia.org/wiki/List_of_tz_database_time_zones).
setup-day-unknown = Nie rozpoznaję dnia { $typed }. Spróbuj na przykład: niedziela albo wtorek.
setup-time-unknown = Nie rozpoznaję godziny { $typed }. Spróbuj 19:00, 7pm albo 7:30 pm.
setup-what-time = O której godzinie { $day ->
        [1] w poniedziałek
        [2] we wtorek
        [3] w środę
        [4] w czwartek
        [5] w piątek
        [6] w sobotę
       *[7] w niedzielę
    }{ $part ->
        [morning] {" "}rano
        [afternoon] {" "}po południu
        [evening] {" "}wieczorem
        [night] {" "}w nocy
       *[none] {""}
    }?
setup-welcome = Witaj, { $group }! Grupa jest ustawiona.
setup-updated = Zmieniono: { $group }.
setup-rhythm = Cotygodniowe pytanie: { $day ->
        [1] poniedziałek
        [2] wtorek
        [3] środa
        [4] czwartek
        [5] piątek
        [6] sobota
       *[7] niedziela
    }, { $time } ({ $zone }). Następne: { $next }.
setup-helplines = Telefony zaufania dla /support: { $region }. Osoba prowadząca może to zmienić przez /settings region.
setup-next-steps = Teraz każdy może wysłać /join, żeby przeczytać zasady grupy i dołączyć. Prowadzący: /agreement set zmienia zasady, a /settings pokazuje resztę.

rhythm-every = { $day ->
    [1] w każdy poniedziałek
    [2] w każdy wtorek
    [3] w każdą środę
    [4] w każdy czwartek
    [5] w każdy piątek
    [6] w każdą sobotę
   *[7] w każdą niedzielę
} o { $time }
rhythm-zone = (czas { $zone })
rhythm-moved = Cotygodniowe pytanie zmienia termin: od teraz będzie { $now }{ $zone }, a nie { $before }.
rhythm-paused = Cotygodniowe pytania są wstrzymane, więc żadne nie wyjdzie do /prompt resume; potem będą { $every }.
rhythm-already-out = Pytanie na ten tydzień już wyszło, więc w tym tygodniu nic się nie zmienia. Pierwsze w nowym terminie: { $next }.
rhythm-already-skipped = Pytanie na ten tydzień zostało już pominięte, więc pierwsze w nowym terminie: { $next }.
rhythm-this-week = Pytanie na ten tydzień przyjdzie w nowym terminie: { $at }.
rhythm-earlier-today = Nowa godzina minęła już dziś, więc pytanie na ten tydzień wyjdzie w ciągu minuty lub dwóch.
rhythm-passed = Nowy dzień i godzina w tym tygodniu już minęły, więc następne pytanie będzie { $next }. Jeśli chcesz pytanie w tym tygodniu, stuknij poniżej albo wyślij /prompt now.

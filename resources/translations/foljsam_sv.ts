<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <source>samordnare</source>
        <translation>samordnare</translation>
    </message>
    <message>
        <source>förbundschef</source>
        <translation>förbundschef</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administratör</translation>
    </message>
    <message>
        <source>read participants</source>
        <translation>läsa deltagare</translation>
    </message>
    <message>
        <source>change participants</source>
        <translation>ändra deltagare</translation>
    </message>
    <message>
        <source>import participants</source>
        <translation>importera deltagare</translation>
    </message>
    <message>
        <source>export participants</source>
        <translation>exportera deltagare</translation>
    </message>
    <message>
        <source>see report parts that list participants</source>
        <translation>se rapportdelar som listar deltagare</translation>
    </message>
    <message>
        <source>run reports</source>
        <translation>köra rapporter</translation>
    </message>
    <message>
        <source>see the dashboard</source>
        <translation>se instrumentpanelen</translation>
    </message>
    <message>
        <source>change programmes, goals or report sets</source>
        <translation>ändra insatser, mål eller rapportuppsättningar</translation>
    </message>
    <message>
        <source>change code lists</source>
        <translation>ändra kodlistor</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>hantera konton</translation>
    </message>
    <message>
        <source>make or restore backups</source>
        <translation>göra eller återställa säkerhetskopior</translation>
    </message>
    <message>
        <source>apply retention rules</source>
        <translation>tillämpa gallringsregler</translation>
    </message>
    <message>
        <source>read a participant&apos;s audit log</source>
        <translation>läsa en deltagares granskningslogg</translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation>kontrollera granskningsloggen</translation>
    </message>
    <message>
        <source>Your account has no role and may not %1. Ask the administrator.</source>
        <translation>Ditt konto har ingen roll och får inte %1. Kontakta administratören.</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>Din roll (%1) får inte %2.</translation>
    </message>
    <message>
        <source>This participant is not in your caseload or your team&apos;s programmes.</source>
        <translation>Den här deltagaren finns inte bland dina egna deltagare eller i ditt teams insatser.</translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation>Du är inte inloggad.</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries.</source>
        <translation>
            <numerusform>Granskningsloggen är hel: %n post.</numerusform>
            <numerusform>Granskningsloggen är hel: %n poster.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>Granskningsloggen är bruten vid post %1: %2</translation>
    </message>
    <message>
        <source>no break</source>
        <translation>inget brott</translation>
    </message>
    <message>
        <source>the entry&apos;s content does not match its hash (the entry was changed).</source>
        <translation>postens innehåll stämmer inte med dess hash (posten har ändrats).</translation>
    </message>
    <message>
        <source>the entry does not link to the previous entry&apos;s hash (an entry was replaced or removed).</source>
        <translation>posten länkar inte till föregående posts hash (en post har ersatts eller tagits bort).</translation>
    </message>
    <message>
        <source>the entry is missing (it was deleted).</source>
        <translation>posten saknas (den har raderats).</translation>
    </message>
    <message>
        <source>the entry&apos;s number appears twice or out of order.</source>
        <translation>postens nummer förekommer två gånger eller i fel ordning.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Säkerhetskopian %1 finns inte.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>Säkerhetskopian %1 kan inte läsas.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Följsam backup; nothing was changed.</source>
        <translation>%1 är skadad eller är inte en säkerhetskopia från Följsam; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The backup %1 could not be opened: %2</source>
        <translation>Säkerhetskopian %1 kunde inte öppnas: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (the integrity check failed: %2); nothing was changed.</source>
        <translation>Säkerhetskopian %1 är skadad (integritetskontrollen misslyckades: %2); ingenting ändrades.</translation>
    </message>
    <message>
        <source>%1 is not a Följsam register.</source>
        <translation>%1 är inte ett Följsam-register.</translation>
    </message>
    <message>
        <source>The backup %1 is not a Följsam register this program can use: %2</source>
        <translation>Säkerhetskopian %1 är inte ett Följsam-register som det här programmet kan använda: %2</translation>
    </message>
    <message>
        <source>A register on a database server is backed up on the server, with pg_dump; ask the server&apos;s administrator.</source>
        <translation>Ett register på en databasserver säkerhetskopieras på servern med pg_dump; kontakta serverns administratör.</translation>
    </message>
    <message>
        <source>A backup cannot replace the register itself; choose another file.</source>
        <translation>En säkerhetskopia kan inte ersätta själva registret; välj en annan fil.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 är inte en fil.</translation>
    </message>
    <message>
        <source>The backup could not be written; the register is unchanged. %1</source>
        <translation>Säkerhetskopian kunde inte skrivas; registret är oförändrat. %1</translation>
    </message>
    <message>
        <source>The earlier file %1 could not be replaced.</source>
        <translation>Den tidigare filen %1 kunde inte ersättas.</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation>Säkerhetskopian kunde inte få sitt namn %1.</translation>
    </message>
    <message>
        <source>The backup is the register itself; choose a backup file.</source>
        <translation>Säkerhetskopian är själva registret; välj en fil med en säkerhetskopia.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The register is open in another program or by another user. Close it there first; nothing was changed.</source>
        <translation>Registret är öppet i ett annat program eller av en annan användare. Stäng det där först; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The register as it is could not be kept as %1 (is the disk full or the folder write-protected?); nothing was changed.</source>
        <translation>Registret i sitt nuvarande skick kunde inte sparas som %1 (är disken full eller mappen skrivskyddad?); ingenting ändrades.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>Säkerhetskopian %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The register %1 cannot be written: %2; nothing was changed.</source>
        <translation>Registret %1 kan inte skrivas: %2; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The restored register could not be written (%1). Is the disk full? The register was left as it was.</source>
        <translation>Det återställda registret kunde inte skrivas (%1). Är disken full? Registret lämnades som det var.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1; the register is unchanged. Is the disk full, or is the folder write-protected? (%2)</source>
        <translation>Säkerhetskopian kunde inte skrivas till %1; registret är oförändrat. Är disken full, eller är mappen skrivskyddad? (%2)</translation>
    </message>
</context>
<context>
    <name>CatalogueCsv</name>
    <message>
        <source>The column &quot;%1&quot; is not a column of the insats catalogue. The columns are: %2.</source>
        <translation>Kolumnen &quot;%1&quot; finns inte i insatskatalogen. Kolumnerna är: %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is given twice.</source>
        <translation>Kolumnen &quot;%1&quot; finns två gånger.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing from the header row.</source>
        <translation>Kolumnen &quot;%1&quot; saknas i rubrikraden.</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Rad %1, kolumn %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a kommun&apos;s name nor its SCB code.</source>
        <translation>&quot;%1&quot; är varken ett kommunnamn eller en SCB-kod för en kommun.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code in the list %2.</source>
        <translation>&quot;%1&quot; är inte en kod i kodverket %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>&quot;%1&quot; är inte något av %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of years.</source>
        <translation>&quot;%1&quot; är inte ett helt antal år.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; är inte ett datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also on row %2; each insats once.</source>
        <translation>&quot;%1&quot; finns också på rad %2; varje insats ska bara finnas en gång.</translation>
    </message>
</context>
<context>
    <name>CatalogueRules</name>
    <message>
        <source>The insats needs a name.</source>
        <translation>Insatsen måste ha ett namn.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>Namnet har %1 tecken; högst %2 är tillåtna.</translation>
    </message>
    <message>
        <source>Choose at least one kommun the insats serves.</source>
        <translation>Välj minst en kommun som insatsen vänder sig till.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SCB kommun code.</source>
        <translation>&quot;%1&quot; är inte en kommunkod från SCB.</translation>
    </message>
    <message>
        <source>The kommun %1 is given twice.</source>
        <translation>Kommunen %1 är angiven två gånger.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code in the list %2.</source>
        <translation>&quot;%1&quot; är inte en kod i kodverket %2.</translation>
    </message>
    <message>
        <source>The age limit %1 is not an age from %2 to %3.</source>
        <translation>Åldersgränsen %1 är inte en ålder mellan %2 och %3.</translation>
    </message>
    <message>
        <source>The lowest age (%1) is above the highest age (%2).</source>
        <translation>Lägsta ålder (%1) är högre än högsta ålder (%2).</translation>
    </message>
    <message>
        <source>The income source %1 is given twice.</source>
        <translation>Försörjningskällan %1 är angiven två gånger.</translation>
    </message>
    <message>
        <source>The date last verified (%1) is after today (%2).</source>
        <translation>Datumet för senaste verifiering (%1) är efter i dag (%2).</translation>
    </message>
    <message>
        <source>Say why the insats is not open to persons with aktivitetsersättning (for example competence, economy or target group).</source>
        <translation>Ange varför insatsen inte är öppen för personer med aktivitetsersättning (till exempel kompetens, ekonomi eller målgrupp).</translation>
    </message>
    <message>
        <source>The insats has ended.</source>
        <translation>Insatsen är avslutad.</translation>
    </message>
    <message>
        <source>Age: the participant is %1; the insats is from %2 years.</source>
        <translation>Ålder: deltagaren är %1 år; insatsen är från %2 år.</translation>
    </message>
    <message>
        <source>Age: the participant is %1; the insats is up to %2 years.</source>
        <translation>Ålder: deltagaren är %1 år; insatsen är till och med %2 år.</translation>
    </message>
    <message>
        <source>Age: the participant&apos;s age is not known.</source>
        <translation>Ålder: deltagarens ålder är okänd.</translation>
    </message>
    <message>
        <source>Income source: the participant&apos;s income sources are not known; the insats requires one of %1.</source>
        <translation>Inkomstkälla: deltagarens försörjningskällor är okända; insatsen kräver någon av %1.</translation>
    </message>
    <message>
        <source>Income source: the insats requires one of %1; the participant has %2.</source>
        <translation>Inkomstkälla: insatsen kräver någon av %1; deltagaren har %2.</translation>
    </message>
    <message>
        <source>Kommuntillhörighet: the participant&apos;s home kommun is not known.</source>
        <translation>Kommuntillhörighet: deltagarens hemkommun är okänd.</translation>
    </message>
    <message>
        <source>Kommuntillhörighet: the insats is for residents of %1; the participant lives in %2.</source>
        <translation>Kommuntillhörighet: insatsen är för invånare i %1; deltagaren bor i %2.</translation>
    </message>
    <message>
        <source>Aktivitetsersättning: the insats is not open to persons with aktivitetsersättning.</source>
        <translation>Aktivitetsersättning: insatsen är inte öppen för personer med aktivitetsersättning.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Angivet skäl: %1</translation>
    </message>
    <message>
        <source>Aktivitetsersättning: it is not known whether the insats is open to persons with aktivitetsersättning.</source>
        <translation>Aktivitetsersättning: det är okänt om insatsen är öppen för personer med aktivitetsersättning.</translation>
    </message>
    <message>
        <source>does not cover %1</source>
        <translation>täcker ej %1</translation>
    </message>
    <message>
        <source>Regular service</source>
        <translation>Ordinarie verksamhet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Implemented project</source>
        <translation>Implementerat projekt</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Sysselsättning</translation>
    </message>
    <message>
        <source>Preparatory</source>
        <translation>Förberedande</translation>
    </message>
    <message>
        <source>Vocational rehabilitation</source>
        <translation>Arbetslivsinriktad rehabilitering</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medicinsk</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>An insats named &quot;%1&quot; is already in the catalogue.</source>
        <translation>Det finns redan en insats med namnet &quot;%1&quot; i katalogen.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The register file.</source>
        <translation>Registerfilen.</translation>
    </message>
    <message>
        <source>REGISTER</source>
        <translation>REGISTER</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <source>Run &quot;foljsam-cli --help&quot; for help.</source>
        <translation>Kör &quot;foljsam-cli --help&quot; för att få hjälp.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Okänt kommando &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Creates a new, empty register.</source>
        <translation>Skapar ett nytt, tomt register.</translation>
    </message>
    <message>
        <source>Usage: foljsam-cli init --db REGISTER</source>
        <translation>Användning: foljsam-cli init --db REGISTER</translation>
    </message>
    <message>
        <source>--db REGISTER is required.</source>
        <translation>--db REGISTER måste anges.</translation>
    </message>
    <message>
        <source>%1 already exists; init creates a new register only.</source>
        <translation>%1 finns redan; init skapar bara nya register.</translation>
    </message>
    <message>
        <source>Created the register %1 (schema version %2).</source>
        <translation>Registret %1 har skapats (schemaversion %2).</translation>
    </message>
    <message>
        <source>Imports a participation file (CSV, see the import format). Every row is checked first; if any row is invalid nothing is written, unless --skip-invalid is given.</source>
        <translation>Importerar en fil med deltaganden (CSV, se importformatet). Alla rader kontrolleras först; om någon rad är ogiltig sparas ingenting, om inte --skip-invalid anges.</translation>
    </message>
    <message>
        <source>Check the file and show the summary; write nothing.</source>
        <translation>Kontrollera filen och visa sammanfattningen; spara ingenting.</translation>
    </message>
    <message>
        <source>Import the valid rows; write the invalid ones to FILE.avvisade.csv.</source>
        <translation>Importera de giltiga raderna; skriv de ogiltiga till FILE.avvisade.csv.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>CSV-filen som ska importeras.</translation>
    </message>
    <message>
        <source>Usage: foljsam-cli import --db REGISTER [--dry-run] [--skip-invalid] FILE.csv</source>
        <translation>Användning: foljsam-cli import --db REGISTER [--dry-run] [--skip-invalid] FILE.csv</translation>
    </message>
    <message>
        <source>Give --db REGISTER and exactly one file to import.</source>
        <translation>Ange --db REGISTER och exakt en fil att importera.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fel: %1</translation>
    </message>
    <message>
        <source>Rejected rows were written to %1.</source>
        <translation>De avvisade raderna har skrivits till %1.</translation>
    </message>
    <message>
        <source>Exports every participation in the import format (UTF-8, semicolon).</source>
        <translation>Exporterar alla deltaganden i importformatet (UTF-8, semikolonseparerat).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Skriv till FILE i stället för till standardutdata.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Usage: foljsam-cli export --db REGISTER [--out FILE.csv]</source>
        <translation>Användning: foljsam-cli export --db REGISTER [--out FILE.csv]</translation>
    </message>
    <message>
        <source>Fills a register with a made-up but realistic population (test personnummer only). The same seed and date give the same register.</source>
        <translation>Fyller ett register med påhittade men realistiska deltagare (endast testpersonnummer). Samma slumpfrö och datum ger samma register.</translation>
    </message>
    <message>
        <source>Number of enrollments (default 600).</source>
        <translation>Antal inskrivningar (standard 600).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Slumpfrö (standard 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The data&apos;s &quot;today&quot; (default: today).</source>
        <translation>Dagens datum i uppgifterna (standard: i dag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Usage: foljsam-cli demo --db REGISTER [--enrollments N] [--seed S] [--as-of DATE]</source>
        <translation>Användning: foljsam-cli demo --db REGISTER [--enrollments N] [--seed S] [--as-of DATE]</translation>
    </message>
    <message>
        <source>--enrollments must be a positive whole number.</source>
        <translation>--enrollments måste vara ett positivt heltal.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed måste vara ett heltal.</translation>
    </message>
    <message>
        <source>--as-of must be a date (YYYY-MM-DD).</source>
        <translation>--as-of måste vara ett datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>Usage: foljsam-cli COMMAND [options]

Följsam follows up participants in programmes run by samordningsförbund.

Commands:
  init    --db REGISTER                        create a new, empty register
  import  --db REGISTER [--dry-run] [--skip-invalid] FILE.csv
                                               import participations
  export  --db REGISTER [--out FILE.csv]       export in the import format
  demo    --db REGISTER [--enrollments N] [--seed S] [--as-of DATE]
                                               fill a register with made-up data
  report  ID --db REGISTER [--period P] [--cutoff D] [--format json|csv] ...
                                               run a report (report --list)

Options for every command: -h, --help shows the command&apos;s help.
  --version                                    show the program version

Exit codes: 0 ok, 1 invalid input, 2 usage error, 3 register problem.
</source>
        <translation>Användning: foljsam-cli KOMMANDO [flaggor]

Följsam följer upp deltagare i insatser som drivs av samordningsförbund.

Kommandon:
  init    --db REGISTER                        skapa ett nytt, tomt register
  import  --db REGISTER [--dry-run] [--skip-invalid] FILE.csv
                                               importera deltaganden
  export  --db REGISTER [--out FILE.csv]       exportera i importformatet
  demo    --db REGISTER [--enrollments N] [--seed S] [--as-of DATE]
                                               fyll ett register med testdata
  report  ID --db REGISTER [--period P] [--cutoff D] [--format json|csv] ...
                                               ta fram en rapport (report --list)

Flaggor för alla kommandon: -h, --help visar kommandots hjälp.
  --version                                    visa programmets version

Slutkoder: 0 ok, 1 ogiltiga uppgifter, 2 fel i kommandot, 3 fel i registret.
</translation>
    </message>
    <message>
        <source>Runs a report of the catalogue on the register.</source>
        <translation>Tar fram en rapport ur rapportkatalogen från registret.</translation>
    </message>
    <message>
        <source>2014, 2014Q3, 2014T2, 2014H1 or 2014-03.</source>
        <translation>2014, 2014Q3, 2014T2, 2014H1 eller 2014-03.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Periodens första dag.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Periodens sista dag.</translation>
    </message>
    <message>
        <source>Nothing dated after this day is seen (default today).</source>
        <translation>Inget daterat efter den här dagen räknas (standard: i dag).</translation>
    </message>
    <message>
        <source>Only this programme (repeatable).</source>
        <translation>Bara den här insatsen (kan upprepas).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>year, quarter, kon, insats, kommun, remittent or none.</source>
        <translation>year, quarter, kon, insats, kommun, remittent eller none.</translation>
    </message>
    <message>
        <source>SERIES</source>
        <translation>SERIE</translation>
    </message>
    <message>
        <source>Age bands, e.g. 18-35,36-65.</source>
        <translation>Åldersgrupper, t.ex. 18-35,36-65.</translation>
    </message>
    <message>
        <source>BANDS</source>
        <translation>GRUPPER</translation>
    </message>
    <message>
        <source>halfup or largest-remainder.</source>
        <translation>halfup eller largest-remainder.</translation>
    </message>
    <message>
        <source>ROUNDING</source>
        <translation>AVRUNDNING</translation>
    </message>
    <message>
        <source>Decimals of the percents (default 1).</source>
        <translation>Antal decimaler i procenttalen (standard 1).</translation>
    </message>
    <message>
        <source>Show counts below N as &lt;N.</source>
        <translation>Visa antal under N som &lt;N.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>List the reports.</source>
        <translation>Lista rapporterna.</translation>
    </message>
    <message>
        <source>Give the report id and --db REGISTER (foljsam-cli report --list shows the ids).</source>
        <translation>Ange rapportens id och --db REGISTER (foljsam-cli report --list visar id:na).</translation>
    </message>
    <message>
        <source>--%1 must be a date (YYYY-MM-DD), not &quot;%2&quot;.</source>
        <translation>--%1 ska vara ett datum (ÅÅÅÅ-MM-DD), inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Give either --period or --from and --to, not both.</source>
        <translation>Ange antingen --period eller --from och --to, inte båda.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Perioden slutar (%1) innan den börjar (%2).</translation>
    </message>
    <message>
        <source>--decimals must be a whole number from 0 to 4.</source>
        <translation>--decimals ska vara ett heltal från 0 till 4.</translation>
    </message>
    <message>
        <source>--suppress must be a whole number.</source>
        <translation>--suppress ska vara ett heltal.</translation>
    </message>
    <message>
        <source>There is no programme &quot;%1&quot; in the register.</source>
        <translation>Det finns ingen insats &quot;%1&quot; i registret.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunde inte skriva %1.</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>ID:N</translation>
    </message>
    <message>
        <source>--format %1 writes a file: give --out FILE.</source>
        <translation>--format %1 skriver en fil: ange --out FIL.</translation>
    </message>
    <message>
        <source>The quarterly report is a PDF for a period: give --period (e.g. 2025Q3), --format pdf and --out FILE.pdf.</source>
        <translation>Kvartalsrapporten är en PDF för en period: ange --period (t.ex. 2025Q3), --format pdf och --out FIL.pdf.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot; (foljsam-cli report --list).</source>
        <translation>Det finns ingen rapport &quot;%1&quot; (foljsam-cli report --list).</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Alla insatser</translation>
    </message>
    <message>
        <source>Quarterly report %1</source>
        <translation>Kvartalsrapport %1</translation>
    </message>
    <message>
        <source>json, csv, xlsx, pdf, png or svg (default json; all but json and csv need --out; png and svg are the chart).</source>
        <translation>json, csv, xlsx, pdf, png eller svg (standard json; alla utom json och csv kräver --out; png och svg är diagrammet).</translation>
    </message>
    <message>
        <source>The reports of the quarterly report, in order (default: the saved set, else all).</source>
        <translation>Kvartalsrapportens rapporter i ordning (standard: det sparade urvalet, annars alla).</translation>
    </message>
    <message>
        <source>Save --reports as the register&apos;s set for the quarterly report.</source>
        <translation>Spara --reports som registrets urval för kvartalsrapporten.</translation>
    </message>
    <message>
        <source>Usage: foljsam-cli report ID --db REGISTER [--period P | --from D --to D] [--cutoff D] [--insats NAME] [--series S] [--age-bands B] [--rounding R] [--decimals N] [--suppress N] [--format json|csv|xlsx|pdf|png|svg] [--out FILE]
       foljsam-cli report kvartalsrapport --db REGISTER --period P [--reports ID,ID…] [--save-reports] --format pdf --out FILE.pdf
       foljsam-cli report --list</source>
        <translation>Användning: foljsam-cli report ID --db REGISTER [--period P | --from D --to D] [--cutoff D] [--insats NAMN] [--series S] [--age-bands B] [--rounding R] [--decimals N] [--suppress N] [--format json|csv|xlsx|pdf|png|svg] [--out FIL]
       foljsam-cli report kvartalsrapport --db REGISTER --period P [--reports ID,ID…] [--save-reports] --format pdf --out FIL.pdf
       foljsam-cli report --list</translation>
    </message>
    <message>
        <source>--format %1 is not available; choose json, csv, xlsx, pdf, png or svg.</source>
        <translation>--format %1 finns inte; välj json, csv, xlsx, pdf, png eller svg.</translation>
    </message>
    <message>
        <source>--save-reports saves the quarterly report&apos;s --reports: give both.</source>
        <translation>--save-reports sparar kvartalsrapportens --reports: ange båda.</translation>
    </message>
    <message>
        <source>The programme.</source>
        <translation>Insatsen.</translation>
    </message>
    <message>
        <source>The calendar year of the goal.</source>
        <translation>Målets kalenderår.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>ÅÅÅÅ</translation>
    </message>
    <message>
        <source>The number of participants to enroll in the year (empty: remove).</source>
        <translation>Antalet deltagare att skriva in under året (tomt: ta bort).</translation>
    </message>
    <message>
        <source>Who records the goal (default: the login name).</source>
        <translation>Vem som registrerar målet (standard: inloggningsnamnet).</translation>
    </message>
    <message>
        <source>Remove the goal.</source>
        <translation>Ta bort målet.</translation>
    </message>
    <message>
        <source>List the goals in force.</source>
        <translation>Lista de mål som gäller.</translation>
    </message>
    <message>
        <source>List every goal ever recorded, oldest first.</source>
        <translation>Lista alla mål som någonsin registrerats, äldst först.</translation>
    </message>
    <message>
        <source>--year must be a year (YYYY), not &quot;%1&quot;.</source>
        <translation>--year måste vara ett år (ÅÅÅÅ), inte ”%1”.</translation>
    </message>
    <message>
        <source>--volume must be a number, not &quot;%1&quot;.</source>
        <translation>--volume måste vara ett tal, inte ”%1”.</translation>
    </message>
    <message>
        <source>Give --user NAME: who records the goal.</source>
        <translation>Ange --user NAMN: vem som registrerar målet.</translation>
    </message>
    <message>
        <source>No goal has been recorded.</source>
        <translation>Inget mål har registrerats.</translation>
    </message>
    <message>
        <source>No goal is in force.</source>
        <translation>Inget mål gäller.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrerat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Sets, removes or lists the programmes&apos; goals per calendar year: the number of participants to enroll (volym), target shares in percent, the budget and the cost in kronor (--measures lists them). A change keeps the earlier goal in the history; a report sees the goals as they were recorded on its cut-off date.</source>
        <translation>Sätter, tar bort eller listar insatsernas mål per kalenderår: antalet deltagare att skriva in (volym), målandelar i procent, budget och kostnad i kronor (--measures listar dem). En ändring behåller det tidigare målet i historiken; en rapport ser målen som de var registrerade på dess brytdatum.</translation>
    </message>
    <message>
        <source>What the goal is for (default volym); --measures lists the keys. With --list and --history: only this measure.</source>
        <translation>Vad målet gäller (standard volym); --measures listar nycklarna. Med --list och --history: bara detta mått.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>NYCKEL</translation>
    </message>
    <message>
        <source>The goal&apos;s value in the measure&apos;s unit, e.g. 87,5 or 1 500 000 (empty: remove).</source>
        <translation>Målets värde i måttets enhet, till exempel 87,5 eller 1 500 000 (tomt: ta bort).</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>List the measures a goal can be set for, with their units and values.</source>
        <translation>Lista de mått som mål kan sättas för, med enheter och värden.</translation>
    </message>
    <message>
        <source>Usage: foljsam-cli goal --db REGISTER --insats NAME --year YYYY
           (--measure KEY --value V | --volume N | [--measure KEY] --remove)
           [--user NAME]
       foljsam-cli goal --db REGISTER (--list | --history) [--insats NAME]
           [--measure KEY]
       foljsam-cli goal --measures</source>
        <translation>Användning: foljsam-cli goal --db REGISTER --insats NAMN --year ÅÅÅÅ
           (--measure NYCKEL --value V | --volume N | [--measure NYCKEL] --remove)
           [--user NAMN]
       foljsam-cli goal --db REGISTER (--list | --history) [--insats NAMN]
           [--measure NYCKEL]
       foljsam-cli goal --measures</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;.</source>
        <translation>Okänt argument ”%1”.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Värden</translation>
    </message>
    <message>
        <source>--list and --history only list; give no --year, --value, --volume or --remove with them.</source>
        <translation>--list och --history listar bara; ange inte --year, --value, --volume eller --remove tillsammans med dem.</translation>
    </message>
    <message>
        <source>Give --insats NAME, --year YYYY and one of --measure KEY --value V, --volume N or --remove (or --list).</source>
        <translation>Ange --insats NAMN, --year ÅÅÅÅ och ett av --measure NYCKEL --value V, --volume N eller --remove (eller --list).</translation>
    </message>
    <message>
        <source>--volume N sets the volume goal; give --value V with --measure %1.</source>
        <translation>--volume N sätter volymmålet; ange --value V med --measure %1.</translation>
    </message>
    <message>
        <source>Give --measure KEY with --value V (--measures lists the keys).</source>
        <translation>Ange --measure NYCKEL med --value V (--measures listar nycklarna).</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; of %2 for %3 is now %4.</source>
        <translation>Målet ”%1” för %2 år %3 är nu %4.</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; of %2 for %3 is removed.</source>
        <translation>Målet ”%1” för %2 år %3 är borttaget.</translation>
    </message>
    <message>
        <source>  goal    --db REGISTER --insats NAME --year YYYY --measure KEY --value V | --remove
          --db REGISTER --list | --history [--insats NAME] [--measure KEY]
          --measures                           set, remove or list goals
</source>
        <translation>  goal    --db REGISTER --insats NAMN --year ÅÅÅÅ --measure NYCKEL --value V | --remove
          --db REGISTER --list | --history [--insats NAMN] [--measure NYCKEL]
          --measures                           sätt, ta bort eller lista mål
</translation>
    </message>
    <message>
        <source>  kalkyl  --db REGISTER (--preset FILE.json | --preset-name NAME) [--period P]
          [--typfall] [--format text|json|pdf] [--out FILE]
                                               socio-economic calculation
</source>
        <translation>  kalkyl  --db REGISTER (--preset FIL.json | --preset-name NAMN) [--period P]
          [--typfall] [--format text|json|pdf] [--out FIL]
                                               samhällsekonomisk kalkyl
</translation>
    </message>
    <message>
        <source>Socio-economic calculation: %1</source>
        <translation>Samhällsekonomisk kalkyl: %1</translation>
    </message>
    <message>
        <source>Computes the socio-economic calculation (samhällsekonomisk kalkyl): revenue, cost, profitability after 1, 3 and 5 years, payback time and utilised potential for society and per actor, from a preset and the exits in the period (each in its outcome group), or from the preset&apos;s typfall counts.</source>
        <translation>Räknar fram den samhällsekonomiska kalkylen: intäkt, kostnad, lönsamhet efter 1, 3 och 5 år, återbetalningstid och utnyttjad potential för samhället och per aktör, från en parameteruppsättning och periodens avslut (vart och ett i sin utfallsgrupp), eller från parameteruppsättningens typfall.</translation>
    </message>
    <message>
        <source>The preset (JSON file).</source>
        <translation>Parameteruppsättningen (JSON-fil).</translation>
    </message>
    <message>
        <source>A preset shipped with the program, e.g. &quot;%1&quot; (or seed001).</source>
        <translation>En parameteruppsättning som följer med programmet, till exempel ”%1” (eller seed001).</translation>
    </message>
    <message>
        <source>Take the number in each outcome group from the preset, not from the register.</source>
        <translation>Ta antalet i varje utfallsgrupp från parameteruppsättningen, inte från registret.</translation>
    </message>
    <message>
        <source>With --format text: also every input and intermediate sum with its formula.</source>
        <translation>Med --format text: även varje indata och delsumma med sin formel.</translation>
    </message>
    <message>
        <source>text, json or pdf (default text; pdf needs --out).</source>
        <translation>text, json eller pdf (standard text; pdf kräver --out).</translation>
    </message>
    <message>
        <source>Usage: foljsam-cli kalkyl --db REGISTER (--preset FILE.json | --preset-name NAME) [--period P | --from D --to D] [--cutoff D] [--insats NAME] [--typfall] [--format text|json|pdf] [--lines] [--out FILE]</source>
        <translation>Användning: foljsam-cli kalkyl --db REGISTER (--preset FIL.json | --preset-name NAMN) [--period P | --from D --to D] [--cutoff D] [--insats NAMN] [--typfall] [--format text|json|pdf] [--lines] [--out FIL]</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Oväntat argument ”%1”.</translation>
    </message>
    <message>
        <source>--db REGISTER is required (or --typfall to use the preset&apos;s counts).</source>
        <translation>--db REGISTER krävs (eller --typfall för att använda parameteruppsättningens antal).</translation>
    </message>
    <message>
        <source>Give either --preset FILE.json or --preset-name NAME.</source>
        <translation>Ange antingen --preset FIL.json eller --preset-name NAMN.</translation>
    </message>
    <message>
        <source>--typfall takes the counts from the preset: --period, --from, --to, --cutoff and --insats apply to the register&apos;s data only.</source>
        <translation>--typfall tar antalen från parameteruppsättningen: --period, --from, --to, --cutoff och --insats gäller bara registrets uppgifter.</translation>
    </message>
    <message>
        <source>--format %1 is not available; choose text, json or pdf.</source>
        <translation>--format %1 finns inte; välj text, json eller pdf.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (i %2)</translation>
    </message>
    <message>
        <source>Source: Följsam, the preset &quot;%1&quot;, typfall, computed %2</source>
        <translation>Källa: Följsam, parameteruppsättningen ”%1”, typfall, beräknad %2</translation>
    </message>
    <message>
        <source>  backup  --db REGISTER [--out FILE] | --verify FILE
                                               copy the register while in use
  restore --db REGISTER --from FILE            replace the register by a backup
</source>
        <translation>  backup  --db REGISTER [--out FILE] | --verify FILE
                                               kopiera registret medan det används
  restore --db REGISTER --from FILE            ersätt registret med en säkerhetskopia
</translation>
    </message>
    <message>
        <source>  audit   verify --db REGISTER                 check the audit trail&apos;s hash chain
  audit   list --db REGISTER (--person PNR | --person-id ID) [--format text|csv|json]
                                               one person&apos;s audit log
</source>
        <translation>  audit   verify --db REGISTER                 kontrollera granskningsloggens hashkedja
  audit   list --db REGISTER (--person PNR | --person-id ID) [--format text|csv|json]
                                               en persons granskningslogg
</translation>
    </message>
    <message>
        <source>  account create|list|roles|team|password|deactivate|unlock [NAME] --db REGISTER
          [--role ROLE[,ROLE]] [--display-name TEXT] [--insats PROGRAMME]...
                                               manage accounts (administrator)
</source>
        <translation>  account create|list|roles|team|password|deactivate|unlock [NAME] --db REGISTER
          [--role ROLE[,ROLE]] [--display-name TEXT] [--insats PROGRAMME]...
                                               hantera konton (administratör)
</translation>
    </message>
    <message>
        <source>
In a register with accounts every command that opens it needs --user NAME; the
password is read from FOLJSAM_PASSWORD or asked for in a terminal. A refused log-in
or a call the role may not make exits with 1.
</source>
        <translation>
I ett register med konton behöver varje kommando som öppnar det --user NAME;
lösenordet läses från FOLJSAM_PASSWORD eller efterfrågas i en terminal. En nekad
inloggning eller ett anrop som rollen inte får göra avslutas med slutkod 1.
</translation>
    </message>
    <message>
        <source>--user needs a user name.</source>
        <translation>--user kräver ett användarnamn.</translation>
    </message>
    <message>
        <source>The register has no accounts yet (setup mode); --user is not used. Create the administrator with &quot;foljsam-cli account create&quot;.</source>
        <translation>Registret har inga konton än (installationsläge); --user används inte. Skapa administratören med &quot;foljsam-cli account create&quot;.</translation>
    </message>
    <message>
        <source>This register has accounts: give --user NAME. The password is read from FOLJSAM_PASSWORD, or asked for when run in a terminal.</source>
        <translation>Det här registret har konton: ange --user NAME. Lösenordet läses från FOLJSAM_PASSWORD eller efterfrågas när kommandot körs i en terminal.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Lösenord för %1: </translation>
    </message>
    <message>
        <source>No password for %1: set FOLJSAM_PASSWORD or run in a terminal.</source>
        <translation>Inget lösenord för %1: ange FOLJSAM_PASSWORD eller kör i en terminal.</translation>
    </message>
    <message>
        <source>Manages the register&apos;s accounts (administrator). In a register without accounts (setup mode) the first account must be an administrator; after that, every command needs --user. A new password is read from FOLJSAM_NEW_PASSWORD, or asked for when run in a terminal; passwords have at least 12 characters.</source>
        <translation>Hanterar registrets konton (administratör). I ett register utan konton (installationsläge) måste det första kontot vara en administratör; därefter behöver varje kommando --user. Ett nytt lösenord läses från FOLJSAM_NEW_PASSWORD eller efterfrågas när kommandot körs i en terminal; lösenord har minst 12 tecken.</translation>
    </message>
    <message>
        <source>Roles, comma separated or repeated: coach, samordnare, forbundschef, administrator.</source>
        <translation>Roller, kommaseparerade eller upprepade: coach, samordnare, forbundschef, administrator.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>The name shown for the account.</source>
        <translation>Namnet som visas för kontot.</translation>
    </message>
    <message>
        <source>A programme of the user&apos;s team (repeat for several).</source>
        <translation>En insats i användarens team (upprepa för flera).</translation>
    </message>
    <message>
        <source>PROGRAMME</source>
        <translation>PROGRAMME</translation>
    </message>
    <message>
        <source>create, list, roles, team, password, deactivate or unlock.</source>
        <translation>create, list, roles, team, password, deactivate eller unlock.</translation>
    </message>
    <message>
        <source>The account&apos;s user name.</source>
        <translation>Kontots användarnamn.</translation>
    </message>
    <message>
        <source>Usage: foljsam-cli account create NAME --db REGISTER --role ROLE[,ROLE] [--display-name TEXT] [--insats PROGRAMME]...
       foljsam-cli account list --db REGISTER
       foljsam-cli account roles NAME --db REGISTER --role ROLE[,ROLE]
       foljsam-cli account team NAME --db REGISTER [--insats PROGRAMME]...
       foljsam-cli account password|deactivate|unlock NAME --db REGISTER</source>
        <translation>Användning: foljsam-cli account create NAME --db REGISTER --role ROLE[,ROLE] [--display-name TEXT] [--insats PROGRAMME]...
            foljsam-cli account list --db REGISTER
            foljsam-cli account roles NAME --db REGISTER --role ROLE[,ROLE]
            foljsam-cli account team NAME --db REGISTER [--insats PROGRAMME]...
            foljsam-cli account password|deactivate|unlock NAME --db REGISTER</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;. The roles are: coach, samordnare, forbundschef, administrator.</source>
        <translation>Okänd roll ”%1”. Rollerna är: coach, samordnare, forbundschef, administrator.</translation>
    </message>
    <message>
        <source>Give the account&apos;s roles with --role.</source>
        <translation>Ange kontots roller med --role.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nytt lösenord för %1: </translation>
    </message>
    <message>
        <source>No new password: set FOLJSAM_NEW_PASSWORD or run in a terminal.</source>
        <translation>Inget nytt lösenord: ange FOLJSAM_NEW_PASSWORD eller kör i en terminal.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Samma lösenord igen: </translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Lösenorden skiljer sig åt.</translation>
    </message>
    <message>
        <source>Created the account %1 (%2).</source>
        <translation>Kontot %1 (%2) har skapats.</translation>
    </message>
    <message>
        <source>Setup mode has ended: from now on every command needs --user.</source>
        <translation>Installationsläget har avslutats: från och med nu behöver varje kommando --user.</translation>
    </message>
    <message>
        <source>name only, cannot log in</source>
        <translation>endast namn, kan inte logga in</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>inaktiverat</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>låst till %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktivt</translation>
    </message>
    <message>
        <source>%1 now has the roles %2.</source>
        <translation>%1 har nu rollerna %2.</translation>
    </message>
    <message>
        <source>%1 now has no team programme.</source>
        <translation>%1 har nu ingen teaminsats.</translation>
    </message>
    <message>
        <source>%1&apos;s team: %2.</source>
        <translation>Team för %1: %2.</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>Lösenordet för %1 har ändrats.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>Kontot %1 är inaktiverat.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>Kontot %1 är upplåst.</translation>
    </message>
    <message>
        <source>The audit trail: every read of a person&apos;s record, every write, export and report with persons, chained by hashes. &quot;verify&quot; checks the whole chain and names the first broken entry; &quot;list&quot; shows one person&apos;s entries (for a registerutdrag).</source>
        <translation>Granskningsloggen: varje läsning av en persons uppgifter, varje skrivning, export och rapport med personer, sammanlänkade med hashar. &quot;verify&quot; kontrollerar hela kedjan och anger den första brutna posten; &quot;list&quot; visar en persons poster (för ett registerutdrag).</translation>
    </message>
    <message>
        <source>list: the person&apos;s personnummer.</source>
        <translation>list: personens personnummer.</translation>
    </message>
    <message>
        <source>PNR</source>
        <translation>PNR</translation>
    </message>
    <message>
        <source>list: the person&apos;s id in the register.</source>
        <translation>list: personens id i registret.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>list: text, csv or json (default text).</source>
        <translation>list: text, csv eller json (standard: text).</translation>
    </message>
    <message>
        <source>verify or list</source>
        <translation>verify eller list</translation>
    </message>
    <message>
        <source>The register file (or give --db).</source>
        <translation>Registerfilen (eller ange --db).</translation>
    </message>
    <message>
        <source>Usage: foljsam-cli audit verify (--db REGISTER | REGISTER)
       foljsam-cli audit list (--db REGISTER | REGISTER) (--person PNR | --person-id ID) [--format text|csv|json]</source>
        <translation>Användning: foljsam-cli audit verify (--db REGISTER | REGISTER)
            foljsam-cli audit list (--db REGISTER | REGISTER) (--person PNR | --person-id ID) [--format text|csv|json]</translation>
    </message>
    <message>
        <source>Give the audit action: verify or list.</source>
        <translation>Ange granskningsåtgärden: verify eller list.</translation>
    </message>
    <message>
        <source>Give the register: --db REGISTER.</source>
        <translation>Ange registret: --db REGISTER.</translation>
    </message>
    <message>
        <source>Hash of the last entry: %1</source>
        <translation>Hash för den sista posten: %1</translation>
    </message>
    <message>
        <source>Give the person: --person PNR or --person-id ID.</source>
        <translation>Ange personen: --person PNR eller --person-id ID.</translation>
    </message>
    <message>
        <source>--format %1 is not available; choose text, csv or json.</source>
        <translation>--format %1 är inte tillgängligt; välj text, csv eller json.</translation>
    </message>
    <message>
        <source>--person-id must be a positive whole number.</source>
        <translation>--person-id måste vara ett positivt heltal.</translation>
    </message>
    <message>
        <source>There is no person with personnummer %1 in the register.</source>
        <translation>Det finns ingen person med personnummer %1 i registret.</translation>
    </message>
    <message>
        <source>No audit entries for person %1.</source>
        <translation>Inga poster i granskningsloggen för person %1.</translation>
    </message>
    <message>
        <source>%1: schema version %2, %3 persons, %4 enrollments, %5 bytes.</source>
        <translation>%1: schemaversion %2, %3 personer, %4 inskrivningar, %5 byte.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the register while it may be in use, and checks the copy. With --verify, only checks a backup file.</source>
        <translation>Skriver en konsekvent kopia av registret medan det kan vara i bruk och kontrollerar kopian. Med --verify kontrolleras bara en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The backup file (default: beside the register, named by date and time).</source>
        <translation>Säkerhetskopians fil (standard: bredvid registret, namngiven efter datum och tid).</translation>
    </message>
    <message>
        <source>Check this backup file; change nothing.</source>
        <translation>Kontrollera den här säkerhetskopian; ändra ingenting.</translation>
    </message>
    <message>
        <source>Usage: foljsam-cli backup --db REGISTER [--out FILE]
       foljsam-cli backup --verify FILE</source>
        <translation>Användning: foljsam-cli backup --db REGISTER [--out FILE]
            foljsam-cli backup --verify FILE</translation>
    </message>
    <message>
        <source>The backup is sound.</source>
        <translation>Säkerhetskopian är felfri.</translation>
    </message>
    <message>
        <source>Backup written and checked.</source>
        <translation>Säkerhetskopian är skriven och kontrollerad.</translation>
    </message>
    <message>
        <source>Replaces the register with a backup. The backup is checked first; the register as it was is kept beside it (.fore-aterstallning-TIME.bak). The register must not be open in another program.</source>
        <translation>Ersätter registret med en säkerhetskopia. Säkerhetskopian kontrolleras först; registret som det var sparas bredvid (.fore-aterstallning-TIME.bak). Registret får inte vara öppet i ett annat program.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Säkerhetskopians fil.</translation>
    </message>
    <message>
        <source>Usage: foljsam-cli restore --db REGISTER --from FILE</source>
        <translation>Användning: foljsam-cli restore --db REGISTER --from FILE</translation>
    </message>
    <message>
        <source>--db REGISTER and --from FILE are required.</source>
        <translation>--db REGISTER och --from FILE krävs.</translation>
    </message>
    <message>
        <source>The register was restored from the backup.</source>
        <translation>Registret återställdes från säkerhetskopian.</translation>
    </message>
    <message>
        <source>The register as it was is kept as %1.</source>
        <translation>Registret som det var sparas som %1.</translation>
    </message>
    <message>
        <source>  retention policy --db REGISTER [--insats NAME (--years N | --remove)]
          preview --db REGISTER [--format text|json]
          run --db REGISTER --yes              retention (gallring): policies,
                                               who is due, anonymise (administrator)
</source>
        <translation>  retention policy --db REGISTER [--insats NAMN (--years N | --remove)]
          preview --db REGISTER [--format text|json]
          run --db REGISTER --yes              gallring: regler per insats,
                                               vilka som ska gallras, anonymisera (administratör)
</translation>
    </message>
    <message>
        <source>Retention (gallring): a policy per programme says how many whole years (%1 to %2) after the end of a person&apos;s last participation the person&apos;s identity is removed. &quot;policy&quot; lists, sets or removes the policies; &quot;preview&quot; lists the persons due today, by pseudonym; &quot;run --yes&quot; anonymises them: personnummer, names and free texts are removed, while sex, birth year, kommun, dates and codes stay, so the reports count the same. Anonymisation cannot be undone. Administrator only.</source>
        <translation>Gallring: en regel per insats anger hur många hela år (%1 till %2) efter slutet av en persons senaste deltagande som personens identitet tas bort. &quot;policy&quot; listar, sätter eller tar bort reglerna; &quot;preview&quot; listar de personer som ska gallras i dag, med pseudonym; &quot;run --yes&quot; anonymiserar dem: personnummer, namn och fritexter tas bort, medan kön, födelseår, kommun, datum och koder finns kvar, så att rapporterna räknar likadant. Anonymisering kan inte ångras. Endast för administratör.</translation>
    </message>
    <message>
        <source>policy: the programme whose policy is set or removed.</source>
        <translation>policy: den insats vars gallringsregel sätts eller tas bort.</translation>
    </message>
    <message>
        <source>policy: anonymise this many whole years after the end.</source>
        <translation>policy: anonymisera så här många hela år efter slutet.</translation>
    </message>
    <message>
        <source>policy: remove the programme&apos;s policy.</source>
        <translation>policy: ta bort insatsens gallringsregel.</translation>
    </message>
    <message>
        <source>policy and preview: text or json (default text).</source>
        <translation>policy och preview: text eller json (standard text).</translation>
    </message>
    <message>
        <source>run: anonymise every person the preview lists, for good.</source>
        <translation>run: anonymisera varje person som förhandsvisningen listar, för gott.</translation>
    </message>
    <message>
        <source>policy, preview or run</source>
        <translation>policy, preview eller run</translation>
    </message>
    <message>
        <source>Usage: foljsam-cli retention policy --db REGISTER [--format text|json]
       foljsam-cli retention policy --db REGISTER --insats NAME (--years N | --remove)
       foljsam-cli retention preview --db REGISTER [--format text|json]
       foljsam-cli retention run --db REGISTER --yes</source>
        <translation>Användning: foljsam-cli retention policy --db REGISTER [--format text|json]
             foljsam-cli retention policy --db REGISTER --insats NAMN (--years N | --remove)
             foljsam-cli retention preview --db REGISTER [--format text|json]
             foljsam-cli retention run --db REGISTER --yes</translation>
    </message>
    <message>
        <source>Give the retention action: policy, preview or run.</source>
        <translation>Ange vad gallringen ska göra: policy, preview eller run.</translation>
    </message>
    <message>
        <source>--%1 does not belong to &quot;retention %2&quot;.</source>
        <translation>--%1 hör inte till &quot;retention %2&quot;.</translation>
    </message>
    <message>
        <source>--format %1 is not available; choose text or json.</source>
        <translation>--format %1 finns inte; välj text eller json.</translation>
    </message>
    <message>
        <source>Give --insats NAME with either --years N or --remove.</source>
        <translation>Ange --insats NAMN med antingen --years N eller --remove.</translation>
    </message>
    <message>
        <source>Give --years N or --remove with --insats NAME.</source>
        <translation>Ange --years N eller --remove tillsammans med --insats NAMN.</translation>
    </message>
    <message>
        <source>--years must be a whole number of years, not &quot;%1&quot;.</source>
        <translation>--years ska vara ett helt antal år, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Anonymisation removes personnummer, names and free texts for good. Look at the persons first with &quot;foljsam-cli retention preview --db %1&quot;, then run again with --yes.</source>
        <translation>Anonymisering tar bort personnummer, namn och fritexter för gott. Titta först på personerna med &quot;foljsam-cli retention preview --db %1&quot; och kör sedan igen med --yes.</translation>
    </message>
    <message>
        <source>%1: participants are anonymised %2 years after the end of their last participation.</source>
        <translation>%1: deltagarna anonymiseras %2 år efter slutet av sitt senaste deltagande.</translation>
    </message>
    <message>
        <source>%1 has no retention policy any more: its participants are not anonymised.</source>
        <translation>%1 har inte längre någon gallringsregel: insatsens deltagare anonymiseras inte.</translation>
    </message>
    <message>
        <source>No programme has a retention policy; nobody is anonymised.</source>
        <translation>Ingen insats har en gallringsregel; ingen anonymiseras.</translation>
    </message>
    <message>
        <source>Years after the end</source>
        <translation>År efter slutet</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Ändrad av</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Without a policy (their participants are never anonymised): %1.</source>
        <translation>Utan gallringsregel (deras deltagare anonymiseras aldrig): %1.</translation>
    </message>
    <message>
        <source>Nobody is due for anonymisation on %1.</source>
        <translation>Ingen ska anonymiseras %1.</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Last end</source>
        <translation>Senaste slut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Gallras från</translation>
    </message>
    <message>
        <source>Free texts</source>
        <translation>Fritexter</translation>
    </message>
    <message>
        <source>Total due for anonymisation on %1: %2. Free texts to be emptied: %3.</source>
        <translation>Totalt att anonymisera %1: %2. Fritexter som töms: %3.</translation>
    </message>
    <message>
        <source>Nobody is due for anonymisation on %1; nothing was changed.</source>
        <translation>Ingen ska anonymiseras %1; inget har ändrats.</translation>
    </message>
    <message>
        <source>Anonymising: %1/%2</source>
        <translation>Anonymiserar: %1/%2</translation>
    </message>
    <message>
        <source>Persons anonymised before the problem stay anonymised; run &quot;retention run&quot; again to continue.</source>
        <translation>Personer som anonymiserades före problemet förblir anonymiserade; kör &quot;retention run&quot; igen för att fortsätta.</translation>
    </message>
    <message>
        <source>Anonymised: %1. Skipped (no longer due, or already anonymised): %2.</source>
        <translation>Anonymiserade: %1. Hoppade över (inte längre aktuella, eller redan anonymiserade): %2.</translation>
    </message>
    <message>
        <source>  forbund list|add|edit|remove [ID_OR_NAME] --db REGISTER [--namn NAME]
          [--kommun KOMMUN]... [--add-kommun K] [--remove-kommun K]
                                               förbund and their member kommuner
</source>
        <translation>  forbund list|add|edit|remove [ID_ELLER_NAMN] --db REGISTER [--namn NAMN]
          [--kommun KOMMUN]... [--add-kommun K] [--remove-kommun K]
                                               förbund och deras medlemskommuner
</translation>
    </message>
    <message>
        <source>  enkat   import --db REGISTER [--dry-run] FILE.csv
                                               import survey responses
          list --db REGISTER                   the surveys and their question keys
</source>
        <translation>  enkat   import --db REGISTER [--dry-run] FIL.csv
                                               importera enkätsvar
          list --db REGISTER                   enkäterna och frågornas nycklar
</translation>
    </message>
    <message>
        <source>  insatskatalog list|import FILE.csv|kontroll --person PNR [--datum D] --db REGISTER
                                               the insats catalogue
</source>
        <translation>  insatskatalog list|import FIL.csv|kontroll --person PNR [--datum D] --db REGISTER
                                               insatskatalogen
</translation>
    </message>
    <message>
        <source>  statistik import --db REGISTER [--dry-run] FILE.csv | list --db REGISTER
                                               aggregate statistics (report
                                               per-kommun|tidsserie --statistik M)
</source>
        <translation>  statistik import --db REGISTER [--dry-run] FIL.csv | list --db REGISTER
                                               statistik (report
                                               per-kommun|tidsserie --statistik M)
</translation>
    </message>
    <message>
        <source>Demo register %1: %2 persons, %3 enrollments, %4 exits, %5 follow-ups, %6 questionnaires.</source>
        <translation>Demoregister %1: %2 personer, %3 inskrivningar, %4 avslut, %5 uppföljningar, %6 enkätsvar.</translation>
    </message>
    <message>
        <source>The register&apos;s förbund (samordningsförbund) and their member kommuner. &quot;list&quot; shows them; &quot;add&quot; records a förbund; &quot;edit&quot; renames one or changes its kommuner; &quot;remove&quot; takes away a förbund no programme belongs to. A kommun is given by its SCB code or its name, and is a member of one förbund only. Changes need the right to edit programmes (samordnare).</source>
        <translation>Registrets förbund (samordningsförbund) och deras medlemskommuner. &quot;list&quot; visar dem; &quot;add&quot; lägger till ett förbund; &quot;edit&quot; byter namn på ett förbund eller ändrar dess kommuner; &quot;remove&quot; tar bort ett förbund som ingen insats hör till. En kommun anges med sin SCB-kod eller sitt namn och är medlem i ett förbund åt gången. Ändringar kräver rätt att redigera insatser (samordnare).</translation>
    </message>
    <message>
        <source>add and edit: the förbund&apos;s (new) name.</source>
        <translation>add och edit: förbundets (nya) namn.</translation>
    </message>
    <message>
        <source>add and edit: the member kommuner, repeated or comma separated (edit: replaces them all).</source>
        <translation>add och edit: medlemskommunerna, upprepat eller kommaseparerat (edit: ersätter alla).</translation>
    </message>
    <message>
        <source>CODE_OR_NAME</source>
        <translation>KOD_ELLER_NAMN</translation>
    </message>
    <message>
        <source>edit: a kommun that becomes a member.</source>
        <translation>edit: en kommun som blir medlem.</translation>
    </message>
    <message>
        <source>edit: a kommun that leaves the förbund.</source>
        <translation>edit: en kommun som lämnar förbundet.</translation>
    </message>
    <message>
        <source>list: text or json (default text).</source>
        <translation>list: text eller json (standard text).</translation>
    </message>
    <message>
        <source>list, add, edit or remove</source>
        <translation>list, add, edit eller remove</translation>
    </message>
    <message>
        <source>Usage: foljsam-cli forbund list --db REGISTER [--format text|json]
       foljsam-cli forbund add --db REGISTER --namn NAME --kommun KOMMUN...
       foljsam-cli forbund edit ID_OR_NAME --db REGISTER [--namn NAME]
                   [--kommun KOMMUN... | --add-kommun KOMMUN... --remove-kommun KOMMUN...]
       foljsam-cli forbund remove ID_OR_NAME --db REGISTER</source>
        <translation>Användning: foljsam-cli forbund list --db REGISTER [--format text|json]
       foljsam-cli forbund add --db REGISTER --namn NAMN --kommun KOMMUN...
       foljsam-cli forbund edit ID_ELLER_NAMN --db REGISTER [--namn NAMN]
                   [--kommun KOMMUN... | --add-kommun KOMMUN... --remove-kommun KOMMUN...]
       foljsam-cli forbund remove ID_ELLER_NAMN --db REGISTER</translation>
    </message>
    <message>
        <source>Give the forbund action: list, add, edit or remove.</source>
        <translation>Ange vad forbund ska göra: list, add, edit eller remove.</translation>
    </message>
    <message>
        <source>Give the förbund to %1: its id or its name.</source>
        <translation>Ange förbundet att %1: dess id eller namn.</translation>
    </message>
    <message>
        <source>&quot;forbund %1&quot; takes no further argument.</source>
        <translation>&quot;forbund %1&quot; tar inga fler argument.</translation>
    </message>
    <message>
        <source>--%1 does not belong to &quot;forbund %2&quot;.</source>
        <translation>--%1 hör inte till &quot;forbund %2&quot;.</translation>
    </message>
    <message>
        <source>Give either --kommun (the whole new list) or --add-kommun and --remove-kommun, not both.</source>
        <translation>Ange antingen --kommun (hela den nya listan) eller --add-kommun och --remove-kommun, inte båda.</translation>
    </message>
    <message>
        <source>Say what to change: --namn, --kommun, --add-kommun or --remove-kommun.</source>
        <translation>Ange vad som ska ändras: --namn, --kommun, --add-kommun eller --remove-kommun.</translation>
    </message>
    <message>
        <source>There is no kommun &quot;%1&quot;; give its name (e.g. Lund) or its four-digit SCB code (e.g. 1281).</source>
        <translation>Det finns ingen kommun &quot;%1&quot;; ange dess namn (t.ex. Lund) eller dess fyrsiffriga SCB-kod (t.ex. 1281).</translation>
    </message>
    <message>
        <source>The register has no förbund yet; add one with &quot;foljsam-cli forbund add&quot;.</source>
        <translation>Registret har inget förbund ännu; lägg till ett med &quot;foljsam-cli forbund add&quot;.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Förbund</source>
        <translation>Förbund</translation>
    </message>
    <message>
        <source>Member kommuner</source>
        <translation>Medlemskommuner</translation>
    </message>
    <message>
        <source>Added the förbund %1 (id %2).</source>
        <translation>Lade till förbundet %1 (id %2).</translation>
    </message>
    <message>
        <source>There is no förbund &quot;%1&quot;; the register has none.</source>
        <translation>Det finns inget förbund &quot;%1&quot;; registret har inga förbund.</translation>
    </message>
    <message>
        <source>There is no förbund &quot;%1&quot;; the register has %2.</source>
        <translation>Det finns inget förbund &quot;%1&quot;; registret har %2.</translation>
    </message>
    <message>
        <source>Removed the förbund %1.</source>
        <translation>Tog bort förbundet %1.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2.</source>
        <translation>%1 är inte medlem i %2.</translation>
    </message>
    <message>
        <source>Saved the förbund %1.</source>
        <translation>Sparade förbundet %1.</translation>
    </message>
    <message>
        <source>The insats catalogue: the insatser available in the area, run by anyone, with the kommuner they serve and their conditions. &quot;list&quot; shows it (entries not verified within 12 months marked); &quot;import FILE.csv&quot; reads a semicolon-separated UTF-8 file with a header row (docs/insatskatalog.md): every row is checked and nothing is saved unless all are valid; an entry with the name of one in the catalogue replaces it. &quot;kontroll --person PNR&quot; shows for each insats whether the participant can take part, or every reason not.</source>
        <translation>Insatskatalogen: de insatser som finns i området, oavsett huvudman, med de kommuner de vänder sig till och deras villkor. &quot;list&quot; visar den (insatser som inte verifierats på 12 månader markeras); &quot;import FIL.csv&quot; läser en semikolonseparerad UTF-8-fil med rubrikrad (docs/insatskatalog.md): varje rad kontrolleras och inget sparas om inte alla är giltiga; en insats med samma namn som en i katalogen ersätter den. &quot;kontroll --person PNR&quot; visar för varje insats om deltagaren kan delta, annars varje skäl till att inte kunna det.</translation>
    </message>
    <message>
        <source>kontroll: the participant&apos;s personnummer.</source>
        <translation>kontroll: deltagarens personnummer.</translation>
    </message>
    <message>
        <source>kontroll: the date to check on (default today).</source>
        <translation>kontroll: datum att pröva på (standard i dag).</translation>
    </message>
    <message>
        <source>list and kontroll: text, csv (list) or json.</source>
        <translation>list och kontroll: text, csv (list) eller json.</translation>
    </message>
    <message>
        <source>list, import FILE.csv or kontroll</source>
        <translation>list, import FIL.csv eller kontroll</translation>
    </message>
    <message>
        <source>Usage: foljsam-cli insatskatalog list --db REGISTER [--format text|csv|json]
       foljsam-cli insatskatalog import FILE.csv --db REGISTER
       foljsam-cli insatskatalog kontroll --person PNR [--datum YYYY-MM-DD] --db REGISTER [--format text|json]</source>
        <translation>Användning: foljsam-cli insatskatalog list --db REGISTER [--format text|csv|json]
            foljsam-cli insatskatalog import FIL.csv --db REGISTER
            foljsam-cli insatskatalog kontroll --person PNR [--datum ÅÅÅÅ-MM-DD] --db REGISTER [--format text|json]</translation>
    </message>
    <message>
        <source>Give the action: list, import FILE.csv or kontroll.</source>
        <translation>Ange vad som ska göras: list, import FIL.csv eller kontroll.</translation>
    </message>
    <message>
        <source>--format %1 is not available here.</source>
        <translation>--format %1 finns inte här.</translation>
    </message>
    <message>
        <source>--person and --datum belong to &quot;insatskatalog kontroll&quot;.</source>
        <translation>--person och --datum hör till &quot;insatskatalog kontroll&quot;.</translation>
    </message>
    <message>
        <source>Give the participant: --person PNR.</source>
        <translation>Ange deltagaren: --person PNR.</translation>
    </message>
    <message>
        <source>--datum must be a date YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--datum måste vara ett datum ÅÅÅÅ-MM-DD, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n error(s) in the file.</source>
        <translation>
            <numerusform>Inget lästes in: %n fel i filen.</numerusform>
            <numerusform>Inget lästes in: %n fel i filen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Inget lästes in.</translation>
    </message>
    <message>
        <source>Imported %1 insatser: %2 new, %3 replaced.</source>
        <translation>Läste in %1 insatser: %2 nya, %3 ersatta.</translation>
    </message>
    <message>
        <source>The insats catalogue is empty.</source>
        <translation>Insatskatalogen är tom.</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Huvudman</source>
        <translation>Huvudman</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Open to AE</source>
        <translation>Öppen för AE</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Senast verifierad</translation>
    </message>
    <message numerus="yes">
        <source>!: not verified within %n months.</source>
        <translation>
            <numerusform>!: inte verifierad på %n månad.</numerusform>
            <numerusform>!: inte verifierad på %n månader.</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1: age %2, home kommun %3, income sources %4.</source>
        <translation>Den %1: ålder %2, hemkommun %3, försörjningskällor %4.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>%1: can take part</source>
        <translation>%1: kan delta</translation>
    </message>
    <message>
        <source>%1: cannot take part</source>
        <translation>%1: kan inte delta</translation>
    </message>
    <message>
        <source>%1 of %2 insatser are open to the participant.</source>
        <translation>%1 av %2 insatser är öppna för deltagaren.</translation>
    </message>
    <message>
        <source>per-kommun and tidsserie: an imported statistic&apos;s measure instead of the participants (foljsam-cli statistik list).</source>
        <translation>per-kommun och tidsserie: ett importerat statistikmått i stället för deltagarna (foljsam-cli statistik list).</translation>
    </message>
    <message>
        <source>MEASURE</source>
        <translation>MÅTT</translation>
    </message>
    <message>
        <source>With --statistik: the measure&apos;s source, when it has several.</source>
        <translation>Med --statistik: måttets källa, när det har flera.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>KÄLLA</translation>
    </message>
    <message>
        <source>       foljsam-cli report per-kommun|tidsserie --db REGISTER --statistik MEASURE [--kalla SOURCE] [--period P] [--cutoff D] [--format F]</source>
        <translation>       foljsam-cli report per-kommun|tidsserie --db REGISTER --statistik MÅTT [--kalla KÄLLA] [--period P] [--cutoff D] [--format F]</translation>
    </message>
    <message>
        <source>--kalla chooses the source of --statistik MEASURE: give both.</source>
        <translation>--kalla väljer källan för --statistik MÅTT: ange båda.</translation>
    </message>
    <message>
        <source>--statistik is for the reports per-kommun and tidsserie.</source>
        <translation>--statistik gäller rapporterna per-kommun och tidsserie.</translation>
    </message>
    <message>
        <source>Aggregate statistics: counts published by others, e.g. Försäkringskassan&apos;s number of people with aktivitetsersättning per kommun. &quot;import FILE&quot; checks every row of the CSV file (kalla;datum;omrade;matt;kategori;varde;anteckning) and imports all of them or none; a value with the same source, date, area, measure and category as one held replaces it. &quot;list&quot; shows the measures with their sources, dates and number of values. The reports per-kommun and tidsserie show a measure with --statistik MEASURE.</source>
        <translation>Statistik: antal som andra publicerar, t.ex. Försäkringskassans antal personer med aktivitetsersättning per kommun. &quot;import FIL&quot; kontrollerar varje rad i CSV-filen (kalla;datum;omrade;matt;kategori;varde;anteckning) och importerar alla eller ingen; ett värde med samma källa, datum, område, mått och kategori som ett som redan finns ersätter det. &quot;list&quot; visar måtten med källor, datum och antal värden. Rapporterna per-kommun och tidsserie visar ett mått med --statistik MÅTT.</translation>
    </message>
    <message>
        <source>import FILE, or list</source>
        <translation>import FIL, eller list</translation>
    </message>
    <message>
        <source>Usage: foljsam-cli statistik import --db REGISTER [--dry-run] FILE.csv
       foljsam-cli statistik list --db REGISTER [--format text|json]</source>
        <translation>Användning: foljsam-cli statistik import --db REGISTER [--dry-run] FIL.csv
            foljsam-cli statistik list --db REGISTER [--format text|json]</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <translation>--format ska vara text eller json, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No statistics are imported.</source>
        <translation>Ingen statistik är importerad.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 dates)</source>
        <translation>%1 till %2 (%3 datum)</translation>
    </message>
    <message>
        <source>Survey responses. &quot;import&quot; reads a CSV file with one row per respondent and question (see the survey import format); every row is checked first and if any is invalid nothing is written. &quot;list&quot; shows the surveys with their occasion, version and question keys, as the file names them.</source>
        <translation>Enkätsvar. &quot;import&quot; läser en CSV-fil med en rad per svarande och fråga (se importformatet för enkätsvar); alla rader kontrolleras först och om någon är felaktig sparas ingenting. &quot;list&quot; visar enkäterna med tillfälle, version och frågornas nycklar, så som filen anger dem.</translation>
    </message>
    <message>
        <source>import or list</source>
        <translation>import eller list</translation>
    </message>
    <message>
        <source>import: the CSV file to import.</source>
        <translation>import: CSV-filen som ska importeras.</translation>
    </message>
    <message>
        <source>Usage: foljsam-cli enkat import --db REGISTER [--dry-run] FILE.csv
       foljsam-cli enkat list --db REGISTER</source>
        <translation>Användning: foljsam-cli enkat import --db REGISTER [--dry-run] FIL.csv
            foljsam-cli enkat list --db REGISTER</translation>
    </message>
    <message>
        <source>Give &quot;enkat import&quot; with exactly one file, or &quot;enkat list&quot;.</source>
        <translation>Ange &quot;enkat import&quot; med exakt en fil, eller &quot;enkat list&quot;.</translation>
    </message>
    <message>
        <source>--dry-run belongs to &quot;enkat import&quot;.</source>
        <translation>--dry-run hör till &quot;enkat import&quot;.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Tillfälle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is empty: a header line is required.</source>
        <translation>Filen är tom: en rubrikrad måste finnas.</translation>
    </message>
    <message>
        <source>Line %1: the quoted field that begins on this line has no closing quote (&quot;).</source>
        <translation>Rad %1: fältet inom citattecken som börjar på den här raden saknar avslutande citattecken (&quot;).</translation>
    </message>
</context>
<context>
    <name>Dashboards</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>median of %1</source>
        <translation>median av %1</translation>
    </message>
    <message>
        <source>Enrolled this year against goal</source>
        <translation>Inskrivna i år mot volymmål</translation>
    </message>
    <message>
        <source>goal for %1</source>
        <translation>mål för %1</translation>
    </message>
    <message>
        <source>Cost per participant this year</source>
        <translation>Kostnad per deltagare i år</translation>
    </message>
    <message>
        <source>%1 kr for %2 participants</source>
        <translation>%1 kr för %2 deltagare</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <source>&lt;%1</source>
        <translation>&lt;%1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Perioden slutar (%1) innan den börjar (%2).</translation>
    </message>
    <message>
        <source>Active participants</source>
        <translation>Aktiva deltagare</translation>
    </message>
    <message>
        <source>Enrollments started</source>
        <translation>Påbörjade inskrivningar</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>To work or studies at exit</source>
        <translation>Till arbete eller studier vid avslut</translation>
    </message>
    <message>
        <source>In work or studies at follow-up</source>
        <translation>I arbete eller studier vid uppföljning</translation>
    </message>
    <message>
        <source>Left försörjningsstöd</source>
        <translation>Lämnat försörjningsstöd</translation>
    </message>
    <message>
        <source>Waiting time referral → decision</source>
        <translation>Väntetid remiss → beslut</translation>
    </message>
    <message>
        <source>Waiting time decision → start</source>
        <translation>Väntetid beslut → start</translation>
    </message>
    <message>
        <source>Action plan within 14 days</source>
        <translation>Handlingsplan inom 14 dagar</translation>
    </message>
    <message>
        <source>Contact at least every 2 months</source>
        <translation>Kontakt minst varannan månad</translation>
    </message>
    <message>
        <source>Proposed measure within 6 months</source>
        <translation>Förslag till åtgärd inom 6 månader</translation>
    </message>
    <message>
        <source>Active at the quarter&apos;s end</source>
        <translation>Aktiva vid kvartalets slut</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1 K%2</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Alla insatser</translation>
    </message>
    <message>
        <source>The dashboard needs parts of the register that were not read for it.</source>
        <translation>Instrumentpanelen behöver delar av registret som inte lästes in för den.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The register is locked by another program or user. Wait a moment and try again, or close the other program. (%1)</source>
        <translation>Registret är låst av ett annat program eller en annan användare. Vänta en stund och försök igen, eller stäng det andra programmet. (%1)</translation>
    </message>
    <message>
        <source>The register is read-only; nothing could be saved. Check the file&apos;s permissions. (%1)</source>
        <translation>Registret är skrivskyddat; ingenting kunde sparas. Kontrollera behörigheterna för filen. (%1)</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again. (%1)</source>
        <translation>Disken är full; ingenting sparades. Frigör utrymme och försök igen. (%1)</translation>
    </message>
    <message>
        <source>The register file is damaged or is not a Följsam register. Restore it from a backup. (%1)</source>
        <translation>Registerfilen är skadad eller är inte ett Följsam-register. Återställ den från en säkerhetskopia. (%1)</translation>
    </message>
    <message>
        <source>The register file could not be read or written. (%1)</source>
        <translation>Det gick inte att läsa från eller skriva till registerfilen. (%1)</translation>
    </message>
    <message>
        <source>The register reported an error: %1 (%2)</source>
        <translation>Registret rapporterade ett fel: %1 (%2)</translation>
    </message>
    <message>
        <source>The register %1 does not exist.</source>
        <translation>Registret %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a register file.</source>
        <translation>%1 är inte en registerfil.</translation>
    </message>
    <message>
        <source>The register %1 cannot be read: %2</source>
        <translation>Det går inte att läsa registret %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Följsam register.</source>
        <translation>%1 är skadat eller är inte ett Följsam-register.</translation>
    </message>
    <message>
        <source>The register %1 is read-only (the file or its folder is write protected). Följsam needs to write to both.</source>
        <translation>Registret %1 är skrivskyddat (filen eller dess mapp är skrivskyddad). Följsam behöver kunna skriva till båda.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>SQLite-drivrutinen för Qt saknas (paketet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The register could not be switched to WAL mode (got &quot;%1&quot;).</source>
        <translation>Det gick inte att ställa om registret till WAL-läge (fick &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>No backup could be written before updating the register, so it was left unchanged: %1</source>
        <translation>Det gick inte att skriva någon säkerhetskopia innan registret skulle uppdateras, så registret har lämnats oförändrat: %1</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Reopen it and make your change again.</source>
        <translation>Någon annan har ändrat de här uppgifterna efter att du öppnade dem. Öppna dem igen och gör din ändring på nytt.</translation>
    </message>
    <message>
        <source>The register is busy: another user is changing the same records. Wait a moment and try again. (%1)</source>
        <translation>Registret är upptaget: en annan användare ändrar samma uppgifter. Vänta en stund och försök igen. (%1)</translation>
    </message>
    <message>
        <source>The register on the database server is read-only for this account; nothing could be saved. Ask the administrator for write access. (%1)</source>
        <translation>Registret på databasservern är skrivskyddat för det här kontot; ingenting kunde sparas. Be administratören om skrivbehörighet. (%1)</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full; nothing was saved. Ask the administrator to free some space. (%1)</source>
        <translation>Disken är full på databasservern; ingenting sparades. Be administratören att frigöra utrymme. (%1)</translation>
    </message>
    <message>
        <source>The database server did not accept the user name or password. (%1)</source>
        <translation>Databasservern godtog inte användarnamnet eller lösenordet. (%1)</translation>
    </message>
    <message>
        <source>The database does not exist on the server. Ask the administrator to create it. (%1)</source>
        <translation>Databasen finns inte på servern. Be administratören att skapa den. (%1)</translation>
    </message>
    <message>
        <source>The database server could not be reached, or the connection was lost. Check the network and that the server is running, then try again. (%1)</source>
        <translation>Det gick inte att nå databasservern, eller så bröts anslutningen. Kontrollera nätverket och att servern är igång och försök sedan igen. (%1)</translation>
    </message>
    <message>
        <source>The database server could not read or write the register. (%1)</source>
        <translation>Databasservern kunde inte läsa eller skriva registret. (%1)</translation>
    </message>
    <message>
        <source>%1 is not a valid server location. Write it as postgresql://user@host:port/database.</source>
        <translation>%1 är inte en giltig serveradress. Skriv den som postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is missing (package libqt6sql6-psql).</source>
        <translation>PostgreSQL-drivrutinen för Qt saknas (paketet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not open the register %1: %2</source>
        <translation>Det gick inte att öppna registret %1: %2</translation>
    </message>
    <message>
        <source>The database %1 holds no Följsam register yet. Create one with foljsam-cli init.</source>
        <translation>Databasen %1 innehåller inget Följsam-register än. Skapa ett med foljsam-cli init.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Det gick inte att skapa %1: %2</translation>
    </message>
    <message>
        <source>the enrollment of demo participant %1 in %2 starting %3</source>
        <translation>inskrivningen av demodeltagare %1 i %2 med start %3</translation>
    </message>
    <message>
        <source>the user %1</source>
        <translation>användaren %1</translation>
    </message>
    <message>
        <source>The register already has a programme named %1; demo data can only be generated into a new register.</source>
        <translation>Registret har redan en insats som heter %1; demouppgifter kan bara skapas i ett nytt register.</translation>
    </message>
    <message>
        <source>the programme %1</source>
        <translation>insatsen %1</translation>
    </message>
    <message>
        <source>the demo participant %1</source>
        <translation>demodeltagaren %1</translation>
    </message>
    <message>
        <source>a referral for demo participant %1 received %2</source>
        <translation>en remiss för demodeltagare %1 mottagen %2</translation>
    </message>
    <message>
        <source>the action plan of %1</source>
        <translation>handlingsplanen för %1</translation>
    </message>
    <message>
        <source>the revised action plan of %1</source>
        <translation>den reviderade handlingsplanen för %1</translation>
    </message>
    <message>
        <source>a contact on %1 in %2</source>
        <translation>en kontakt den %1 under %2</translation>
    </message>
    <message>
        <source>the exit of %1</source>
        <translation>avslutet av %1</translation>
    </message>
    <message>
        <source>the new home kommun of demo participant %1</source>
        <translation>den nya hemkommunen för demodeltagare %1</translation>
    </message>
    <message>
        <source>the %1-month follow-up of %2</source>
        <translation>uppföljningen efter %1 månader av %2</translation>
    </message>
    <message>
        <source>the referral for %1</source>
        <translation>remissen för %1</translation>
    </message>
    <message>
        <source>The demo data cannot end on %1, after today (%2).</source>
        <translation>Demouppgifterna kan inte sluta %1, efter dagens datum (%2).</translation>
    </message>
    <message>
        <source>The demo data must end in the year 2000 or later (not %1).</source>
        <translation>Demouppgifterna måste sluta år 2000 eller senare (inte %1).</translation>
    </message>
    <message>
        <source>The number of enrollments must be between 0 and 1 000 000 (not %1).</source>
        <translation>Antalet inskrivningar måste vara mellan 0 och 1 000 000 (inte %1).</translation>
    </message>
    <message numerus="yes">
        <source>The register already has %n participant(s); demo data can only be generated into a new register.</source>
        <translation>
            <numerusform>Registret har redan %n deltagare; demouppgifter kan bara skapas i ett nytt register.</numerusform>
            <numerusform>Registret har redan %n deltagare; demouppgifter kan bara skapas i ett nytt register.</numerusform>
        </translation>
    </message>
    <message>
        <source>the volume goal of %1 for %2</source>
        <translation>volymmålet för %1 år %2</translation>
    </message>
    <message>
        <source>the survey %1</source>
        <translation>enkäten %1</translation>
    </message>
    <message>
        <source>the questionnaire of %1</source>
        <translation>enkäten för %1</translation>
    </message>
</context>
<context>
    <name>DocumentLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Det gick inte att skriva filen %1: %2</translation>
    </message>
</context>
<context>
    <name>GoalMeasures</name>
    <message>
        <source>Participants to enroll</source>
        <translation>Deltagare att skriva in</translation>
    </message>
    <message>
        <source>The number of participants to enroll (start) in the calendar year.</source>
        <translation>Antalet deltagare att skriva in (starta) under kalenderåret.</translation>
    </message>
    <message>
        <source>Action plan within 14 days</source>
        <translation>Handlingsplan inom 14 dagar</translation>
    </message>
    <message>
        <source>Target share of the enrollments started with an action plan within 14 days of the start.</source>
        <translation>Målandel av de påbörjade inskrivningarna med handlingsplan inom 14 dagar från start.</translation>
    </message>
    <message>
        <source>No contact gap over 2 months</source>
        <translation>Inget kontaktuppehåll över 2 månader</translation>
    </message>
    <message>
        <source>Target share of the active enrollments with no gap of more than 2 months between contacts.</source>
        <translation>Målandel av de aktiva inskrivningarna utan uppehåll på mer än 2 månader mellan kontakterna.</translation>
    </message>
    <message>
        <source>Proposed measure within 6 months</source>
        <translation>Förslag till åtgärd inom 6 månader</translation>
    </message>
    <message>
        <source>Target share of the enrollments with a proposed measure presented at a multi-party meeting within 6 months of the start.</source>
        <translation>Målandel av inskrivningarna med förslag till åtgärd presenterat vid flerpartssamtal inom 6 månader från start.</translation>
    </message>
    <message>
        <source>Work or studies at exit</source>
        <translation>Arbete eller studier vid avslut</translation>
    </message>
    <message>
        <source>Target share of the exits that go to work or studies.</source>
        <translation>Målandel av avsluten som går till arbete eller studier.</translation>
    </message>
    <message>
        <source>Work or studies after 12 months</source>
        <translation>Arbete eller studier efter 12 månader</translation>
    </message>
    <message>
        <source>Target share in work or studies at the 12-month follow-up, of the answered follow-ups.</source>
        <translation>Målandel i arbete eller studier vid uppföljningen efter 12 månader, av de besvarade uppföljningarna.</translation>
    </message>
    <message>
        <source>Left income support</source>
        <translation>Lämnat försörjningsstöd</translation>
    </message>
    <message>
        <source>Target share of those with income support (försörjningsstöd) at the start who no longer have it at the exit.</source>
        <translation>Målandel av dem med försörjningsstöd vid start som inte längre har det vid avslut.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>The programme&apos;s budget for the year.</source>
        <translation>Insatsens budget för året.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>The programme&apos;s actual cost for the year.</source>
        <translation>Insatsens faktiska kostnad för året.</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(borttaget)</translation>
    </message>
    <message>
        <source>number</source>
        <translation>antal</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>procent</translation>
    </message>
    <message>
        <source>kronor</source>
        <translation>kronor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Give the goal &quot;%2&quot; as a number (%3).</source>
        <translation>”%1” är inget tal. Ange målet ”%2” som ett tal (%3).</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; är inte ett datum; skriv det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value here. Use one of: %2.</source>
        <translation>&quot;%1&quot; är inte ett känt värde här. Använd något av: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice.</source>
        <translation>&quot;%1&quot; anges två gånger.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a four-digit year.</source>
        <translation>&quot;%1&quot; är inte ett fyrsiffrigt årtal.</translation>
    </message>
    <message>
        <source>Each row needs a personnummer or the förbund&apos;s participant key (deltagare).</source>
        <translation>Varje rad måste ha ett personnummer eller förbundets deltagarnyckel (kolumnen deltagare).</translation>
    </message>
    <message>
        <source>Sex (kon) is required when there is no personnummer.</source>
        <translation>Kön måste anges (kolumnen kon) när personnummer saknas.</translation>
    </message>
    <message>
        <source>Birth year (fodelsear) is required when there is no personnummer.</source>
        <translation>Födelseår måste anges (kolumnen fodelsear) när personnummer saknas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an SCB kommun code nor a kommun name.</source>
        <translation>&quot;%1&quot; är varken en kommunkod från SCB eller ett kommunnamn.</translation>
    </message>
    <message>
        <source>The programme (insats) is required.</source>
        <translation>Insatsen måste anges (kolumnen insats).</translation>
    </message>
    <message>
        <source>The row has neither a referral date (remissdatum) nor a start date (startdatum).</source>
        <translation>Raden saknar både remissdatum (remissdatum) och startdatum (startdatum).</translation>
    </message>
    <message>
        <source>The intake decision is &quot;enrolled&quot; but the start date (startdatum) is missing.</source>
        <translation>Intagsbeslutet är &quot;INSKRIVEN&quot; men startdatum (startdatum) saknas.</translation>
    </message>
    <message>
        <source>%1 is given but the row has no start date (startdatum).</source>
        <translation>%1 är ifyllt men raden saknar startdatum (startdatum).</translation>
    </message>
    <message>
        <source>The exit reason (avslutsorsak) is required when there is an exit date.</source>
        <translation>Avslutsorsak måste anges (kolumnen avslutsorsak) när det finns ett slutdatum.</translation>
    </message>
    <message>
        <source>%1 is given but the row has no exit date (slutdatum).</source>
        <translation>%1 är ifyllt men raden saknar slutdatum (slutdatum).</translation>
    </message>
    <message>
        <source>A follow-up is given but the row has no exit (slutdatum).</source>
        <translation>En uppföljning är ifylld men raden saknar avslut (slutdatum).</translation>
    </message>
    <message>
        <source>The personnummer belongs to participant %1 but the participant key %2 to participant %3.</source>
        <translation>Personnumret hör till deltagare %1 men deltagarnyckeln %2 till deltagare %3.</translation>
    </message>
    <message>
        <source>The participant key %1 belongs to an anonymous participant; a personnummer cannot be added by import.</source>
        <translation>Deltagarnyckeln %1 hör till en anonym deltagare; ett personnummer kan inte läggas till genom import.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Det går inte att läsa filen %1: %2</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;; it is ignored.</source>
        <translation>Okänd kolumn &quot;%1&quot;; den hoppas över.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>Kolumnen &quot;%1&quot; förekommer två gånger.</translation>
    </message>
    <message>
        <source>The file has no column &quot;insats&quot; (programme), which is required.</source>
        <translation>Filen saknar kolumnen &quot;insats&quot;, som är obligatorisk.</translation>
    </message>
    <message>
        <source>The file needs a column &quot;personnummer&quot; or &quot;deltagare&quot;.</source>
        <translation>Filen måste ha en kolumn &quot;personnummer&quot; eller &quot;deltagare&quot;.</translation>
    </message>
    <message>
        <source>The same participation is already on line %1.</source>
        <translation>Samma deltagande finns redan på rad %1.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2, value &quot;%3&quot;: %4</source>
        <translation>Rad %1, kolumn %2, värde &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Lästa rader: %1</translation>
    </message>
    <message>
        <source>Persons created: %1, matched: %2, updated: %3</source>
        <translation>Personer skapade: %1, matchade: %2, uppdaterade: %3</translation>
    </message>
    <message>
        <source>Enrollments created: %1, updated: %2</source>
        <translation>Inskrivningar skapade: %1, uppdaterade: %2</translation>
    </message>
    <message>
        <source>Referrals created: %1, updated: %2</source>
        <translation>Remisser skapade: %1, uppdaterade: %2</translation>
    </message>
    <message>
        <source>Exits recorded: %1</source>
        <translation>Registrerade avslut: %1</translation>
    </message>
    <message>
        <source>Follow-ups recorded: %1</source>
        <translation>Registrerade uppföljningar: %1</translation>
    </message>
    <message>
        <source>Programmes created: %1</source>
        <translation>Skapade insatser: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Rows rejected: %1</source>
        <translation>Avvisade rader: %1</translation>
    </message>
    <message>
        <source>Trial run (--dry-run): nothing was written.</source>
        <translation>Provkörning (--dry-run): ingenting sparades.</translation>
    </message>
    <message>
        <source>Nothing was written because the file has errors. Correct them, or import only the valid rows with --skip-invalid.</source>
        <translation>Ingenting sparades eftersom filen innehåller fel. Rätta felen, eller importera bara de giltiga raderna med --skip-invalid.</translation>
    </message>
    <message>
        <source>No change: the register already held everything in the file.</source>
        <translation>Ingen ändring: registret innehöll redan allt som finns i filen.</translation>
    </message>
</context>
<context>
    <name>Kalkyl</name>
    <message>
        <source>no value</source>
        <translation>inget värde</translation>
    </message>
    <message>
        <source>%1 kr</source>
        <translation>%1 kr</translation>
    </message>
    <message>
        <source>%1 mkr</source>
        <translation>%1 mkr</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n månad</numerusform>
            <numerusform>%n månader</numerusform>
        </translation>
    </message>
    <message>
        <source>Typfall (counts entered by hand; indicative values)</source>
        <translation>Typfall (antal angivna för hand; riktvärden)</translation>
    </message>
    <message>
        <source>Registered data</source>
        <translation>Registrerade uppgifter</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has no typfall counts: enter the number of participants in each outcome group, or compute from the register.</source>
        <translation>Parameteruppsättningen ”%1” saknar antal för typfallen: ange antalet deltagare i varje utfallsgrupp, eller beräkna från registret.</translation>
    </message>
    <message>
        <source>The period starts (%1) after the cut-off date or its end (%2).</source>
        <translation>Perioden börjar (%1) efter brytdatum eller periodens slut (%2).</translation>
    </message>
    <message>
        <source>From the register: the %1 exits from %2 to %3 (cut-off date %4), each in the outcome group of its exit reason or its latest answered follow-up, whichever is better; wrong registrations (FELREG) are not counted.</source>
        <translation>Från registret: de %1 avsluten från %2 till %3 (brytdatum %4), vart och ett i den bättre av utfallsgrupperna för avslutsorsaken och för den senaste besvarade uppföljningen; felregistreringar (FELREG) räknas inte.</translation>
    </message>
    <message>
        <source>The number of participants in group %1 must not be negative.</source>
        <translation>Antalet deltagare i grupp %1 får inte vara negativt.</translation>
    </message>
    <message>
        <source>kr</source>
        <translation>kr</translation>
    </message>
    <message>
        <source>kr/year</source>
        <translation>kr/år</translation>
    </message>
    <message>
        <source>kr/month</source>
        <translation>kr/månad</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personer</translation>
    </message>
    <message>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Ingångsvärden</translation>
    </message>
    <message>
        <source>Participants in group %1 (n_%1)</source>
        <translation>Deltagare i grupp %1 (n_%1)</translation>
    </message>
    <message>
        <source>Ended participants (N)</source>
        <translation>Avslutade deltagare (N)</translation>
    </message>
    <message>
        <source>Wage cost per month, full time (W)</source>
        <translation>Lönekostnad per månad, heltid (W)</translation>
    </message>
    <message>
        <source>Employment rate, group %1 (t_%1)</source>
        <translation>Tjänstgöringsgrad, grupp %1 (t_%1)</translation>
    </message>
    <message>
        <source>Wage subsidy, group %1 (s_%1)</source>
        <translation>Lönebidrag, grupp %1 (s_%1)</translation>
    </message>
    <message>
        <source>Change in resource use, group %1 (ρ_%1)</source>
        <translation>Förändring av resursförbrukningen, grupp %1 (ρ_%1)</translation>
    </message>
    <message>
        <source>Resource use before, %1 (R0_a)</source>
        <translation>Resursförbrukning före, %1 (R0_a)</translation>
    </message>
    <message>
        <source>Resource use before per person, all actors (Σ R0_a)</source>
        <translation>Resursförbrukning före per person, alla aktörer (Σ R0_a)</translation>
    </message>
    <message>
        <source>Before: %1 (%2), paid by %3%4</source>
        <translation>Före: %1 (%2), betalas av %3%4</translation>
    </message>
    <message>
        <source>, taxable</source>
        <translation>, beskattas</translation>
    </message>
    <message>
        <source>share × level × 12 = %1 × %2 × 12</source>
        <translation>andel × nivå × 12 = %1 × %2 × 12</translation>
    </message>
    <message>
        <source>After, group %1: %2 (%3), paid by %4%5</source>
        <translation>Efter, grupp %1: %2 (%3), betalas av %4%5</translation>
    </message>
    <message>
        <source>Tax rate, %1 (τ_a)</source>
        <translation>Skattesats, %1 (τ_a)</translation>
    </message>
    <message>
        <source>Uplift (u = 1 + average indirect tax)</source>
        <translation>Uppräkning (u = 1 + genomsnittlig indirekt skatt)</translation>
    </message>
    <message>
        <source>Uplift, %1 (u_a)</source>
        <translation>Uppräkning, %1 (u_a)</translation>
    </message>
    <message>
        <source>Programme cost for the period (K)</source>
        <translation>Insatsens kostnad för perioden (K)</translation>
    </message>
    <message>
        <source>Cost share, %1</source>
        <translation>Kostnadsandel, %1</translation>
    </message>
    <message>
        <source>Discount rate per year (r)</source>
        <translation>Diskonteringsränta per år (r)</translation>
    </message>
    <message>
        <source>Per person and year, by outcome group</source>
        <translation>Per person och år, efter utfallsgrupp</translation>
    </message>
    <message>
        <source>Production value, group %1 (P_%1)</source>
        <translation>Produktionsvärde, grupp %1 (P_%1)</translation>
    </message>
    <message>
        <source>Resources no longer used, group %1</source>
        <translation>Resurser som inte längre förbrukas, grupp %1</translation>
    </message>
    <message>
        <source>Revenue for society per person, group %1</source>
        <translation>Intäkt för samhället per person, grupp %1</translation>
    </message>
    <message>
        <source>(P_%1 − P_before) + u × %2 = (%3 − 0) + %4 × %2</source>
        <translation>(P_%1 − P_before) + u × %2 = (%3 − 0) + %4 × %2</translation>
    </message>
    <message>
        <source>Taxable income per person before (X_before)</source>
        <translation>Skattepliktig inkomst per person före (X_before)</translation>
    </message>
    <message>
        <source>X_before = </source>
        <translation>X_before = </translation>
    </message>
    <message>
        <source>Taxable income per person after, group %1 (X_%1)</source>
        <translation>Skattepliktig inkomst per person efter, grupp %1 (X_%1)</translation>
    </message>
    <message>
        <source>Change in taxable income, everyone (ΔX)</source>
        <translation>Förändring av skattepliktig inkomst, alla (ΔX)</translation>
    </message>
    <message>
        <source>ΔX = Σ n_g × X_g − N × X_before = (%1) − %2 × %3</source>
        <translation>ΔX = Σ n_g × X_g − N × X_before = (%1) − %2 × %3</translation>
    </message>
    <message>
        <source>Society</source>
        <translation>Samhället</translation>
    </message>
    <message>
        <source>Production value (Σ n_g × P_g)</source>
        <translation>Produktionsvärde (Σ n_g × P_g)</translation>
    </message>
    <message>
        <source>Real resources no longer used, uplifted (u × Σ n_g × Σ R0_a × (−ρ_g))</source>
        <translation>Reala resurser som inte längre förbrukas, uppräknade (u × Σ n_g × Σ R0_a × (−ρ_g))</translation>
    </message>
    <message>
        <source>Revenue for society per year (I)</source>
        <translation>Intäkt för samhället per år (I)</translation>
    </message>
    <message>
        <source>Cost for society (C = u × K)</source>
        <translation>Kostnad för samhället (C = u × K)</translation>
    </message>
    <message numerus="yes">
        <source>Revenue over %n year(s)</source>
        <translation>
            <numerusform>Intäkt under %n år</numerusform>
            <numerusform>Intäkt under %n år</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profitability after %n year(s) (L(T))</source>
        <translation>
            <numerusform>Lönsamhet efter %n år (L(T))</numerusform>
            <numerusform>Lönsamhet efter %n år (L(T))</numerusform>
        </translation>
    </message>
    <message>
        <source>Payback time for society</source>
        <translation>Återbetalningstid för samhället</translation>
    </message>
    <message>
        <source>no value: the revenue is not positive (I ≤ 0)</source>
        <translation>inget värde: intäkten är inte positiv (I ≤ 0)</translation>
    </message>
    <message>
        <source>Potential per year (Pot)</source>
        <translation>Potential per år (Pot)</translation>
    </message>
    <message>
        <source>Utilised potential (I / Pot)</source>
        <translation>Utnyttjad potential (I / Pot)</translation>
    </message>
    <message>
        <source>Revenue per participant and year</source>
        <translation>Intäkt per deltagare och år</translation>
    </message>
    <message>
        <source>Cost per participant</source>
        <translation>Kostnad per deltagare</translation>
    </message>
    <message numerus="yes">
        <source>Profitability after %n year(s) per participant</source>
        <translation>
            <numerusform>Lönsamhet efter %n år per deltagare</numerusform>
            <numerusform>Lönsamhet efter %n år per deltagare</numerusform>
        </translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation>Aktör: %1</translation>
    </message>
    <message>
        <source>Transfers paid before (all N)</source>
        <translation>Utbetalda transfereringar före (alla N)</translation>
    </message>
    <message>
        <source>Transfers paid after (income support and wage subsidy)</source>
        <translation>Utbetalda transfereringar efter (ersättningar och lönebidrag)</translation>
    </message>
    <message>
        <source>Σ n_g × after_g = </source>
        <translation>Σ n_g × after_g = </translation>
    </message>
    <message>
        <source>Taxes gained</source>
        <translation>Ökade skatteintäkter</translation>
    </message>
    <message>
        <source>Resources no longer used, uplifted</source>
        <translation>Resurser som inte längre förbrukas, uppräknade</translation>
    </message>
    <message>
        <source>Revenue per year (I_a)</source>
        <translation>Intäkt per år (I_a)</translation>
    </message>
    <message>
        <source>I_a = before − after + taxes + resources = %1 − %2 + %3 + %4</source>
        <translation>I_a = före − efter + skatter + resurser = %1 − %2 + %3 + %4</translation>
    </message>
    <message>
        <source>Cost (K_a, share of K)</source>
        <translation>Kostnad (K_a, andel av K)</translation>
    </message>
    <message numerus="yes">
        <source>Profitability after %n year(s)</source>
        <translation>
            <numerusform>Lönsamhet efter %n år</numerusform>
            <numerusform>Lönsamhet efter %n år</numerusform>
        </translation>
    </message>
    <message>
        <source>Payback time</source>
        <translation>Återbetalningstid</translation>
    </message>
    <message>
        <source>no value: the revenue is not positive (I_a ≤ 0)</source>
        <translation>inget värde: intäkten är inte positiv (I_a ≤ 0)</translation>
    </message>
    <message>
        <source>Revenue per year (Försäkringskassan + Arbetsförmedlingen + other state)</source>
        <translation>Intäkt per år (Försäkringskassan + Arbetsförmedlingen + övriga staten)</translation>
    </message>
    <message>
        <source>Change in disposable income per person, group %1</source>
        <translation>Förändring av disponibel inkomst per person, grupp %1</translation>
    </message>
    <message>
        <source>(wage + income support − tax)_%1 − (income support − tax)_before = (%2 + %3 − %4 × %5) − (%6 − %4 × %7)</source>
        <translation>(lön + ersättningar − skatt)_%1 − (ersättningar − skatt)_before = (%2 + %3 − %4 × %5) − (%6 − %4 × %7)</translation>
    </message>
    <message>
        <source>Change in the participants&apos; disposable income</source>
        <translation>Förändring av deltagarnas disponibla inkomst</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Avstämning</translation>
    </message>
    <message>
        <source>The actors and the participants together, minus the revenue for society</source>
        <translation>Aktörerna och deltagarna tillsammans, minus intäkten för samhället</translation>
    </message>
    <message>
        <source>Σ I_a + I_participants − I = %1 + %2 − %3</source>
        <translation>Σ I_a + I_participants − I = %1 + %2 − %3</translation>
    </message>
    <message>
        <source>Transfers (income support, wage subsidy, taxes) move money between the actors and cancel out for society. The society&apos;s cost is the programme cost uplifted by u; each actor&apos;s cost is its share of the programme cost.</source>
        <translation>Transfereringar (ersättningar, lönebidrag, skatter) flyttar pengar mellan aktörerna och tar ut varandra för samhället som helhet. Samhällets kostnad är insatsens kostnad uppräknad med u; varje aktörs kostnad är dess andel av insatsens kostnad.</translation>
    </message>
    <message>
        <source>The revenue of year y is discounted by (1 + r)^y, r = %1 %; the payback time is not discounted.</source>
        <translation>Intäkten år y diskonteras med (1 + r)^y, r = %1 %; återbetalningstiden diskonteras inte.</translation>
    </message>
    <message>
        <source>No discounting: the revenue of every year counts in full, as long as the participants keep their situation.</source>
        <translation>Ingen diskontering: intäkten räknas fullt ut varje år, så länge deltagarna behåller sin situation.</translation>
    </message>
    <message>
        <source>Some actors&apos; uplift differs from u, so the actors and the participants together differ from the revenue for society by %1.</source>
        <translation>Uppräkningen för några aktörer skiljer sig från u, så aktörerna och deltagarna tillsammans skiljer sig från intäkten för samhället med %1.</translation>
    </message>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 måste vara %2.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in the preset. The keys here are: %2.</source>
        <translation>Okänd nyckel ”%1” i parameteruppsättningen. Nycklarna här är: %2.</translation>
    </message>
    <message>
        <source>The preset has no value for %1.</source>
        <translation>Parameteruppsättningen saknar värde för %1.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>an object ({…})</source>
        <translation>ett objekt ({…})</translation>
    </message>
    <message>
        <source>a list ([…])</source>
        <translation>en lista ([…])</translation>
    </message>
    <message>
        <source>Unknown actor &quot;%1&quot; in %2. The actors are: %3.</source>
        <translation>Okänd aktör ”%1” i %2. Aktörerna är: %3.</translation>
    </message>
    <message>
        <source>The file is not a preset of the socio-economic calculation (kind &quot;%1&quot;, expected &quot;%2&quot;).</source>
        <translation>Filen är inte en parameteruppsättning för den samhällsekonomiska kalkylen (kind är ”%1”, ska vara ”%2”).</translation>
    </message>
    <message>
        <source>The preset is of version %1; this program reads version %2.</source>
        <translation>Parameteruppsättningen har version %1; det här programmet läser version %2.</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3 (it is %4).</source>
        <translation>%1 måste vara från %2 till %3 (värdet är %4).</translation>
    </message>
    <message>
        <source>%1 must not be negative (it is %2).</source>
        <translation>%1 får inte vara ett negativt tal (värdet är %2).</translation>
    </message>
    <message>
        <source>The shares of %1 add up to %2 %; they must add up to 100 %.</source>
        <translation>Andelarna för %1 är sammanlagt %2 %; de måste vara 100 % sammanlagt.</translation>
    </message>
    <message>
        <source>The shares of %1 add up to %2 %, more than 100 %.</source>
        <translation>Andelarna för %1 är sammanlagt %2 %, mer än 100 %.</translation>
    </message>
    <message>
        <source>%1 must be the outcome group 1, 2 or 3 (it is %2).</source>
        <translation>%1 måste vara utfallsgrupp 1, 2 eller 3 (värdet är %2).</translation>
    </message>
    <message>
        <source>Printed in the source</source>
        <translation>Angivet i källan</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Antagande</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Härlett</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>Ny parameteruppsättning</translation>
    </message>
    <message>
        <source>The preset is not valid JSON: %1 (at character %2).</source>
        <translation>Parameteruppsättningen är inte giltig JSON: %1 (vid tecken %2).</translation>
    </message>
    <message>
        <source>The preset must be a JSON object ({…}).</source>
        <translation>Parameteruppsättningen måste vara ett JSON-objekt ({…}).</translation>
    </message>
    <message>
        <source>Could not read the preset %1: %2.</source>
        <translation>Det gick inte att läsa parameteruppsättningen %1: %2.</translation>
    </message>
    <message>
        <source>Could not write the preset %1.</source>
        <translation>Det gick inte att skriva parameteruppsättningen %1.</translation>
    </message>
    <message>
        <source>The preset needs a name.</source>
        <translation>Parameteruppsättningen måste ha ett namn.</translation>
    </message>
    <message>
        <source>The cost shares add up to %1 %; they must add up to 100 %.</source>
        <translation>Kostnadsandelarna är sammanlagt %1 %; de måste vara 100 % sammanlagt.</translation>
    </message>
    <message>
        <source>Give at least one horizon (years), e.g. 1, 3, 5.</source>
        <translation>Ange minst en tidshorisont (år), t.ex. 1, 3, 5.</translation>
    </message>
    <message>
        <source>A horizon must be a whole number of years from 1 to 100 (%1 is not).</source>
        <translation>En tidshorisont måste vara ett helt antal år från 1 till 100 (%1 är det inte).</translation>
    </message>
    <message>
        <source>The horizon of %1 years is given twice.</source>
        <translation>Tidshorisonten %1 år anges två gånger.</translation>
    </message>
    <message>
        <source>There is no shipped preset &quot;%1&quot;. The shipped presets are: %2.</source>
        <translation>Det finns ingen medföljande parameteruppsättning ”%1”. De medföljande parameteruppsättningarna är: %2.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Social Insurance Agency</source>
        <translation>Försäkringskassan</translation>
    </message>
    <message>
        <source>Public Employment Service</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Other state</source>
        <translation>Övriga staten</translation>
    </message>
    <message>
        <source>The state in total</source>
        <translation>Staten totalt</translation>
    </message>
    <message>
        <source>The participants</source>
        <translation>Deltagarna</translation>
    </message>
    <message>
        <source>1) Participants who support themselves by work</source>
        <translation>1) Deltagare som försörjer sig genom arbete</translation>
    </message>
    <message>
        <source>2) Participants who feel better but cannot work</source>
        <translation>2) Deltagare som mår bättre men inte klarar arbete</translation>
    </message>
    <message>
        <source>3) Participants who have not improved</source>
        <translation>3) Deltagare som inte har förbättrat sig</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>share</source>
        <translation>andel</translation>
    </message>
    <message>
        <source>level per month</source>
        <translation>nivå per månad</translation>
    </message>
    <message>
        <source>payer</source>
        <translation>betalare</translation>
    </message>
    <message>
        <source>taxable</source>
        <translation>skattepliktig</translation>
    </message>
    <message>
        <source>Income after, group %1, source %2</source>
        <translation>Försörjning efter, grupp %1, källa %2</translation>
    </message>
    <message>
        <source>Income after, group %1, source %2: %3</source>
        <translation>Försörjning efter, grupp %1, källa %2: %3</translation>
    </message>
    <message>
        <source>Income before, source %1</source>
        <translation>Försörjning före, källa %1</translation>
    </message>
    <message>
        <source>Income before, source %1: %2</source>
        <translation>Försörjning före, källa %1: %2</translation>
    </message>
    <message>
        <source>Employment rate t, group %1</source>
        <translation>Tjänstgöringsgrad t, grupp %1</translation>
    </message>
    <message>
        <source>Wage subsidy s, group %1</source>
        <translation>Lönebidrag s, grupp %1</translation>
    </message>
    <message>
        <source>Payer of the wage subsidy, group %1</source>
        <translation>Betalare av lönebidraget, grupp %1</translation>
    </message>
    <message>
        <source>Change in resource use ρ, group %1</source>
        <translation>Förändring av resursförbrukningen ρ, grupp %1</translation>
    </message>
    <message>
        <source>Typfall count n, group %1</source>
        <translation>Antal i typfallet n, grupp %1</translation>
    </message>
    <message>
        <source>Income after, group %1</source>
        <translation>Försörjning efter, grupp %1</translation>
    </message>
    <message>
        <source>Resource use before R0, %1</source>
        <translation>Resursförbrukning före R0, %1</translation>
    </message>
    <message>
        <source>Tax rate, %1</source>
        <translation>Skattesats, %1</translation>
    </message>
    <message>
        <source>Uplift u, %1</source>
        <translation>Uppräkning u, %1</translation>
    </message>
    <message>
        <source>Exit reasons in the group %1</source>
        <translation>Avslutsorsaker i gruppen %1</translation>
    </message>
    <message>
        <source>Follow-up status in the group %1</source>
        <translation>Uppföljningsstatus i gruppen %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Income before</source>
        <translation>Försörjning före</translation>
    </message>
    <message>
        <source>Uplift u (1 + average indirect tax)</source>
        <translation>Uppräkning u (1 + genomsnittlig indirekt skatt)</translation>
    </message>
    <message>
        <source>Programme cost K for the period</source>
        <translation>Insatsens kostnad K för perioden</translation>
    </message>
    <message>
        <source>Cost shares</source>
        <translation>Kostnadsandelar</translation>
    </message>
    <message>
        <source>Every other exit</source>
        <translation>Alla övriga avslut</translation>
    </message>
    <message>
        <source>Horizons</source>
        <translation>Tidshorisonter</translation>
    </message>
    <message>
        <source>Discount rate per year</source>
        <translation>Diskonteringsränta per år</translation>
    </message>
    <message>
        <source>Resource use before</source>
        <translation>Resursförbrukning före</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Skattesatser</translation>
    </message>
    <message>
        <source>Outcome groups</source>
        <translation>Utfallsgrupper</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Parameteruppsättning</translation>
    </message>
    <message>
        <source>Wage and cost</source>
        <translation>Lön och kostnad</translation>
    </message>
    <message>
        <source>Before the programme (everyone)</source>
        <translation>Före insatsen (alla)</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Efter: %1</translation>
    </message>
    <message>
        <source>Taxes and uplift per actor</source>
        <translation>Skatter och uppräkning per aktör</translation>
    </message>
    <message>
        <source>Outcome groups from the register</source>
        <translation>Utfallsgrupper från registret</translation>
    </message>
    <message>
        <source>Horizons and discounting</source>
        <translation>Tidshorisonter och diskontering</translation>
    </message>
    <message>
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <source>There is no parameter &quot;%1&quot;.</source>
        <translation>Det finns ingen parameter ”%1”.</translation>
    </message>
    <message>
        <source>Basis: %1.</source>
        <translation>Underlag: %1.</translation>
    </message>
    <message>
        <source>Exits from %1 to %2, cut-off date %3; programmes: %4.</source>
        <translation>Avslut från %1 till %2, brytdatum %3; insatser: %4.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>Participants (N): %1 (group 1: %2, group 2: %3, group 3: %4).</source>
        <translation>Deltagare (N): %1 (grupp 1: %2, grupp 2: %3, grupp 3: %4).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>mkr</source>
        <translation>mkr</translation>
    </message>
    <message>
        <source>Per participant</source>
        <translation>Per deltagare</translation>
    </message>
    <message>
        <source>Revenue per year (I)</source>
        <translation>Intäkt per år (I)</translation>
    </message>
    <message>
        <source>Programme cost (K)</source>
        <translation>Insatsens kostnad (K)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Revenue per year</source>
        <translation>Intäkt per år</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message numerus="yes">
        <source>Profitability %n yr</source>
        <translation>
            <numerusform>Lönsamhet %n år</numerusform>
            <numerusform>Lönsamhet %n år</numerusform>
        </translation>
    </message>
    <message>
        <source>From the preset: %1</source>
        <translation>Från parameteruppsättningen: %1</translation>
    </message>
    <message>
        <source>K is the cost recorded in the register for the programmes and the period (the goal &quot;Cost&quot; per year, in proportion to the days of each year inside the period): %1; the preset&apos;s K (%2) is not used.</source>
        <translation>K är den kostnad som är registrerad för insatserna och perioden (målet ”Kostnad” per år, i proportion till årets dagar inom perioden): %1; parameteruppsättningens K (%2) används inte.</translation>
    </message>
    <message>
        <source>The calculation needs parts of the register that were not read for it.</source>
        <translation>Kalkylen behöver delar av registret som inte lästes in för den.</translation>
    </message>
</context>
<context>
    <name>KalkylDocument</name>
    <message>
        <source>Socio-economic calculation</source>
        <translation>Samhällsekonomisk kalkyl</translation>
    </message>
    <message>
        <source>The calculation step by step</source>
        <translation>Beräkningen steg för steg</translation>
    </message>
    <message>
        <source>Where the preset&apos;s values come from</source>
        <translation>Var parameteruppsättningens värden kommer ifrån</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>angivet</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>antagande</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>härlett</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Revenue, short term</source>
        <translation>Intäkt, kort sikt</translation>
    </message>
    <message>
        <source>Revenue, medium term</source>
        <translation>Intäkt, medellång sikt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>kr</source>
        <translation>kr</translation>
    </message>
    <message>
        <source>- kr</source>
        <translation>- kr</translation>
    </message>
    <message>
        <source>Socio-economic calculation: %1</source>
        <translation>Samhällsekonomisk kalkyl: %1</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1.</source>
        <translation>Det gick inte att skriva PDF-filen %1.</translation>
    </message>
    <message>
        <source>Could not print the calculation.</source>
        <translation>Det gick inte att skriva ut kalkylen.</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Skapad %1</translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <source>&lt;%1</source>
        <translation>&lt;%1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 av %2 (%3 %)</translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation>Mottagna remisser</translation>
    </message>
    <message>
        <source>Enrollments started</source>
        <translation>Påbörjade insatser (inskrivna)</translation>
    </message>
    <message>
        <source>Participants active at the end of the period</source>
        <translation>Aktiva deltagare vid periodens slut</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <source>To work or studies at exit</source>
        <translation>Till arbete eller studier vid avslut</translation>
    </message>
    <message>
        <source>In work or studies 6–12 months after exit (answered follow-ups)</source>
        <translation>I arbete eller studier 6–12 månader efter avslut (besvarade uppföljningar)</translation>
    </message>
    <message>
        <source>Action plan within 14 days of the start</source>
        <translation>Handlingsplan inom 14 dagar från start</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>The register has been updated by a newer version of Följsam (schema version %1; this program knows up to %2). Install the newer version to open it. Nothing was changed.</source>
        <translation>Registret har uppdaterats av en nyare version av Följsam (schemaversion %1; det här programmet känner till versioner till och med %2). Installera den nyare versionen för att öppna det. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>The register has schema step %1 (%2), which this program does not know. Nothing was changed.</source>
        <translation>Registret har schemasteg %1 (%2), som det här programmet inte känner till. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>Schema step %1 (%2) in this program differs from the one the register was built with. A landed step must never change; contact support. Nothing was changed.</source>
        <translation>Schemasteg %1 (%2) i det här programmet skiljer sig från det som registret byggdes med. Ett genomfört schemasteg får aldrig ändras; kontakta supporten. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>Schema step %1 (%2) failed and was rolled back: %3</source>
        <translation>Schemasteg %1 (%2) misslyckades och har återställts: %3</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The system could not provide random data for the password.</source>
        <translation>Systemet kunde inte ta fram slumpdata för lösenordet.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>Lösenordet kunde inte hashas.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Lösenordet måste ha minst %1 tecken.</translation>
    </message>
</context>
<context>
    <name>PersonalIdentityNumber</name>
    <message>
        <source>%1 is not a valid personnummer: it must have 10 or 12 digits, optionally with - or + before the last four.</source>
        <translation>%1 är inte ett giltigt personnummer: det ska ha 10 eller 12 siffror, eventuellt med - eller + före de fyra sista.</translation>
    </message>
    <message>
        <source>%1 is not a valid samordningsnummer: the check digit is wrong.</source>
        <translation>%1 är inte ett giltigt samordningsnummer: kontrollsiffran är fel.</translation>
    </message>
    <message>
        <source>%1 is not a valid personnummer: the check digit is wrong.</source>
        <translation>%1 är inte ett giltigt personnummer: kontrollsiffran är fel.</translation>
    </message>
    <message>
        <source>%1 is not a valid samordningsnummer: there is no such birth date.</source>
        <translation>%1 är inte ett giltigt samordningsnummer: födelsedatumet finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a valid personnummer: there is no such birth date.</source>
        <translation>%1 är inte ett giltigt personnummer: födelsedatumet finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a valid samordningsnummer: the birth date is in the future.</source>
        <translation>%1 är inte ett giltigt samordningsnummer: födelsedatumet ligger i framtiden.</translation>
    </message>
    <message>
        <source>%1 is not a valid personnummer: the birth date is in the future.</source>
        <translation>%1 är inte ett giltigt personnummer: födelsedatumet ligger i framtiden.</translation>
    </message>
    <message>
        <source>%1 is not a valid samordningsnummer: the birth number 000 is never issued.</source>
        <translation>%1 är inte ett giltigt samordningsnummer: födelsenumret 000 delas aldrig ut.</translation>
    </message>
    <message>
        <source>%1 is not a valid personnummer: the birth number 000 is never issued.</source>
        <translation>%1 är inte ett giltigt personnummer: födelsenumret 000 delas aldrig ut.</translation>
    </message>
</context>
<context>
    <name>ProgrammeChoice</name>
    <message>
        <source>All programmes</source>
        <translation>Alla insatser</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>A programme named %1 already exists.</source>
        <translation>Det finns redan en insats som heter %1.</translation>
    </message>
    <message>
        <source>%1 is not a kommun code in SCB&apos;s list.</source>
        <translation>%1 är inte en kommunkod i SCB:s förteckning.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagaren</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>The referral belongs to another person or programme.</source>
        <translation>Remissen hör till en annan person eller insats.</translation>
    </message>
    <message>
        <source>The start date (%1) would be after the exit (%2).</source>
        <translation>Startdatumet (%1) skulle bli senare än avslutet (%2).</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inskrivning</translation>
    </message>
    <message>
        <source>The exit (%1) is on or after the start of the person&apos;s next enrollment in the same programme (%2).</source>
        <translation>Avslutet (%1) infaller samma dag som eller efter starten på personens nästa inskrivning i samma insats (%2).</translation>
    </message>
    <message>
        <source>A follow-up is already recorded on %1, before this exit date (%2).</source>
        <translation>Det finns redan en uppföljning registrerad %1, före det här slutdatumet (%2).</translation>
    </message>
    <message>
        <source>The enrollment has no exit to undo.</source>
        <translation>Inskrivningen har inget avslut att ångra.</translation>
    </message>
    <message>
        <source>The exit has recorded follow-ups; remove them before undoing the exit.</source>
        <translation>Avslutet har registrerade uppföljningar; ta bort dem innan du ångrar avslutet.</translation>
    </message>
    <message>
        <source>The person has a later enrollment in the same programme; this exit cannot be undone.</source>
        <translation>Personen har en senare inskrivning i samma insats; det här avslutet kan inte ångras.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Choose the programme.</source>
        <translation>Välj insats.</translation>
    </message>
    <message>
        <source>The person has referrals or enrollments and cannot be removed.</source>
        <translation>Personen har remisser eller inskrivningar och kan inte tas bort.</translation>
    </message>
    <message>
        <source>An enrollment has been made from the referral; remove the enrollment first.</source>
        <translation>En inskrivning har gjorts från remissen; ta bort inskrivningen först.</translation>
    </message>
    <message>
        <source>The enrollment has plans, contacts, an exit or follow-ups recorded and cannot be removed.</source>
        <translation>Inskrivningen har handlingsplaner, kontakter, avslut eller uppföljningar registrerade och kan inte tas bort.</translation>
    </message>
    <message>
        <source>Only the latest version of an action plan can be removed.</source>
        <translation>Bara den senaste versionen av en handlingsplan kan tas bort.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Give the user name of the person who records the goal.</source>
        <translation>Ange användarnamnet på den som registrerar målet.</translation>
    </message>
    <message>
        <source>A goal cannot be recorded as of %1, after now.</source>
        <translation>Ett mål kan inte registreras per %1, efter nu.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>%1 has no goal (%2) for %3 to remove.</source>
        <translation>%1 har inget mål (%2) för %3 att ta bort.</translation>
    </message>
    <message>
        <source>The goal of %1 for %2 was last recorded %3; a change cannot be recorded as of an earlier time.</source>
        <translation>Målet för %1 år %2 registrerades senast %3; en ändring kan inte registreras per en tidigare tidpunkt.</translation>
    </message>
    <message>
        <source>Choose at least one report for the document.</source>
        <translation>Välj minst en rapport till dokumentet.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;.</source>
        <translation>Det finns ingen rapport ”%1”.</translation>
    </message>
    <message>
        <source>The report &quot;%1&quot; is chosen twice.</source>
        <translation>Rapporten ”%1” är vald två gånger.</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>Det finns inget konto med namnet %1.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Fel användarnamn eller lösenord.</translation>
    </message>
    <message>
        <source>The account is locked after too many failed log-ins. Try again after %1, or ask the administrator to unlock it.</source>
        <translation>Kontot är låst efter för många misslyckade inloggningar. Försök igen efter %1 eller be administratören att låsa upp det.</translation>
    </message>
    <message>
        <source>Give a user name.</source>
        <translation>Ange ett användarnamn.</translation>
    </message>
    <message>
        <source>A user name has at most 64 characters and no spaces.</source>
        <translation>Ett användarnamn har högst 64 tecken och inga mellanslag.</translation>
    </message>
    <message>
        <source>You may only register referrals and enrollments in your team&apos;s programmes.</source>
        <translation>Du får bara registrera remisser och inskrivningar i ditt teams insatser.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask the administrator.</source>
        <translation>Kontot %1 är inaktiverat. Kontakta administratören.</translation>
    </message>
    <message>
        <source>The register must keep at least one active administrator.</source>
        <translation>Registret måste ha minst en aktiv administratör.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Ge kontot minst en roll.</translation>
    </message>
    <message>
        <source>The first account of a register must be an administrator.</source>
        <translation>Det första kontot i ett register måste vara en administratör.</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>Det finns redan ett konto med namnet %1.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Det nuvarande lösenordet är fel.</translation>
    </message>
    <message>
        <source>The audit trail does not know the record kind %1.</source>
        <translation>Granskningsloggen känner inte till posttypen %1.</translation>
    </message>
    <message>
        <source>Your reports can cover your team&apos;s programmes only.</source>
        <translation>Dina rapporter kan bara omfatta ditt teams insatser.</translation>
    </message>
    <message>
        <source>The consent was withdrawn on %1 and the participant&apos;s identity removed; the withdrawal cannot be taken back. Record a new consent in a new enrollment if the participant consents again.</source>
        <translation>Samtycket återkallades %1 och deltagarens identitet togs bort; återkallelsen kan inte tas tillbaka. Registrera ett nytt samtycke i en ny inskrivning om deltagaren samtycker igen.</translation>
    </message>
    <message>
        <source>The förbund of the programme is not in the register.</source>
        <translation>Insatsens förbund finns inte i registret.</translation>
    </message>
    <message>
        <source>An empty kommun code is not a kommun.</source>
        <translation>En tom kommunkod är ingen kommun.</translation>
    </message>
    <message>
        <source>A förbund named %1 is already in the register.</source>
        <translation>Det finns redan ett förbund som heter %1 i registret.</translation>
    </message>
    <message>
        <source>A register on a server is set up by the server&apos;s administrator; connect to it with Connect to a server.</source>
        <translation>Ett register på en server sätts upp av serverns administratör; anslut till det med Anslut till server.</translation>
    </message>
    <message>
        <source>Choose where the new register file is to be saved.</source>
        <translation>Välj var den nya registerfilen ska sparas.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name for the new register, or open the existing one.</source>
        <translation>%1 finns redan. Välj ett annat namn för det nya registret, eller öppna det som finns.</translation>
    </message>
    <message>
        <source>Survey responses are recorded after the exit; remove them before undoing the exit.</source>
        <translation>Enkätsvar är registrerade efter avslutet; ta bort dem innan avslutet ångras.</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enkäten</translation>
    </message>
    <message>
        <source>Another survey already has the key &quot;%1&quot;; give the new survey a key of its own.</source>
        <translation>En annan enkät har redan nyckeln &quot;%1&quot;; ge den nya enkäten en egen nyckel.</translation>
    </message>
    <message>
        <source>The key of a survey (&quot;%1&quot;) cannot be changed; save it as a new survey instead.</source>
        <translation>En enkäts nyckel (&quot;%1&quot;) kan inte ändras; spara den som en ny enkät i stället.</translation>
    </message>
    <message>
        <source>The survey &quot;%1&quot; has been changed since version %2 was read (the latest is version %3). Open it again and make the change there.</source>
        <translation>Enkäten &quot;%1&quot; har ändrats sedan version %2 lästes (senaste är version %3). Öppna den igen och gör ändringen där.</translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation>Enkätsvaret</translation>
    </message>
    <message>
        <source>%1 (%2) is already a member of %3; a kommun is a member of one förbund only. Remove it from %3 first.</source>
        <translation>%1 (%2) är redan medlem i %3; en kommun är medlem i ett förbund åt gången. Ta först bort den från %3.</translation>
    </message>
    <message>
        <source>The förbund is not in the register (any more).</source>
        <translation>Förbundet finns inte (längre) i registret.</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs or finances %n programme(s) (%2); a förbund that programmes belong to cannot be removed.</source>
        <translation>
            <numerusform>%1 driver eller finansierar %n insats (%2); ett förbund som insatser hör till kan inte tas bort.</numerusform>
            <numerusform>%1 driver eller finansierar %n insatser (%2); ett förbund som insatser hör till kan inte tas bort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n imported statistic value(s); a förbund with imported statistics cannot be removed.</source>
        <translation>
            <numerusform>%1 har %n importerat statistikvärde; ett förbund med importerad statistik kan inte tas bort.</numerusform>
            <numerusform>%1 har %n importerade statistikvärden; ett förbund med importerad statistik kan inte tas bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Insatsen i katalogen</translation>
    </message>
    <message>
        <source>The förbund is not in the register.</source>
        <translation>Förbundet finns inte i registret.</translation>
    </message>
    <message>
        <source>The same value (source, date, area, measure and category) is given twice.</source>
        <translation>Samma värde (källa, datum, område, mått och kategori) anges två gånger.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (forts.)</translation>
    </message>
    <message>
        <source>&lt;%1</source>
        <translation>&lt;%1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Period: %1 – %2</translation>
    </message>
    <message>
        <source>Cut-off date: %1</source>
        <translation>Brytdatum: %1</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Inga uppgifter.</translation>
    </message>
    <message>
        <source>Definition: %1</source>
        <translation>Definition: %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Skapad: %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Skapad %1</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1.</source>
        <translation>Det gick inte att skriva PDF-filen %1.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Each key figure is taken from the report of the same period that follows; shares are of the records the report counts.</source>
        <translation>Varje nyckeltal är hämtat ur rapporten för samma period längre fram; andelarna är av det som rapporten räknar.</translation>
    </message>
    <message>
        <source>Could not print the report.</source>
        <translation>Rapporten kunde inte skrivas ut.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Not known</source>
        <translation>Uppgift saknas</translation>
    </message>
    <message>
        <source>Other ages</source>
        <translation>Övriga åldrar</translation>
    </message>
    <message>
        <source>Referring authority</source>
        <translation>Remitterande myndighet</translation>
    </message>
    <message>
        <source>Referrals received in the period, by the authority that referred the participant. The series &quot;other authorities involved&quot; counts every other authority named on those referrals.</source>
        <translation>Remisser mottagna under perioden, efter den myndighet som remitterade deltagaren. Tabellen &quot;Andra involverade myndigheter&quot; räknar varje annan myndighet som nämns på samma remisser.</translation>
    </message>
    <message>
        <source>Referrals and intake decisions</source>
        <translation>Remisser och intagsbeslut</translation>
    </message>
    <message>
        <source>Referrals received in the period, by intake decision (none yet: no decision by the cut-off), with the median and longest time in days from referral to decision and to the first meeting.</source>
        <translation>Remisser mottagna under perioden, efter intagsbeslut (inget beslut: inget beslut fattat vid brytdatum), med median och längsta tid i dagar från remiss till beslut och till första mötet.</translation>
    </message>
    <message>
        <source>Support before, by authority</source>
        <translation>Stöd före av myndighet</translation>
    </message>
    <message>
        <source>Enrollments started in the period, by how long the participant had had support from the authorities before.</source>
        <translation>Inskrivningar som startade under perioden, efter hur länge deltagaren haft stöd från myndigheterna före.</translation>
    </message>
    <message>
        <source>Sex and age</source>
        <translation>Kön och ålder</translation>
    </message>
    <message>
        <source>Enrollments started in the period, by age at start in the chosen age bands and by sex.</source>
        <translation>Inskrivningar som startade under perioden, efter ålder vid start i de valda åldersgrupperna och efter kön.</translation>
    </message>
    <message>
        <source>Exited to</source>
        <translation>Avslutade till</translation>
    </message>
    <message>
        <source>Exits in the period by exit reason, and grouped; the share that went to work or studies. Wrong registrations are not counted.</source>
        <translation>Avslut under perioden efter avslutsorsak, och grupperade; andelen som gick till arbete eller studier. Felregistreringar räknas inte.</translation>
    </message>
    <message>
        <source>Exits per quarter</source>
        <translation>Avslutade ärenden per kvartal</translation>
    </message>
    <message>
        <source>Exits by year and quarter with each quarter&apos;s share of its year. Quarters before the programme started are shown as &quot;–&quot;.</source>
        <translation>Avslut per år och kvartal med varje kvartals andel av sitt år. Kvartal före insatsens start visas som &quot;–&quot;.</translation>
    </message>
    <message>
        <source>Time on income support before exit</source>
        <translation>Tid aktuell för försörjningsstöd före avslut</translation>
    </message>
    <message>
        <source>Exits in the period by the time from &quot;aktuell för försörjningsstöd sedan&quot; to the exit: under 6 months, 6 months to 1 year, over 1 year.</source>
        <translation>Avslut under perioden efter tiden från &quot;aktuell för försörjningsstöd sedan&quot; till avslutet: under 6 månader, 6 månader–1 år, över 1 år.</translation>
    </message>
    <message>
        <source>Follow-up 6–12 months after exit</source>
        <translation>Uppföljning 6–12 månader efter avslut</translation>
    </message>
    <message>
        <source>Exits at least 6 months before the cut-off with an answered follow-up 6–12 months after the exit (the latest), by the participant&apos;s situation then.</source>
        <translation>Avslut minst 6 månader före brytdatum med en besvarad uppföljning 6–12 månader efter avslutet (den senaste), efter deltagarens situation då.</translation>
    </message>
    <message>
        <source>Income before and after</source>
        <translation>Försörjning före och efter</translation>
    </message>
    <message>
        <source>Exits in the period: main income source at start and at exit, with the change and the transitions from each source to each.</source>
        <translation>Avslut under perioden: huvudsaklig försörjning vid start och vid avslut, med förändringen och övergångarna från varje försörjning till varje annan.</translation>
    </message>
    <message>
        <source>Occupation before and after</source>
        <translation>Sysselsättning före och efter</translation>
    </message>
    <message>
        <source>Exits in the period: occupation at start and at exit in SUS&apos;s four groups, with the change and the transitions.</source>
        <translation>Avslut under perioden: sysselsättning vid start och vid avslut i SUS fyra grupper, med förändringen och övergångarna.</translation>
    </message>
    <message>
        <source>Time in the programme</source>
        <translation>Tid i insats</translation>
    </message>
    <message>
        <source>Exits in the period by whole months from start to exit, with the median.</source>
        <translation>Avslut under perioden efter hela månader från start till avslut, med median.</translation>
    </message>
    <message>
        <source>Process goals</source>
        <translation>Processmål</translation>
    </message>
    <message>
        <source>Participants against goal</source>
        <translation>Deltagare mot mål</translation>
    </message>
    <message>
        <source>Per year: enrollments started, participants active at some time in the year, and exits, against the programme&apos;s volume goal.</source>
        <translation>Per år: påbörjade inskrivningar, deltagare aktiva någon gång under året och avslut, mot insatsens volymmål.</translation>
    </message>
    <message>
        <source>Participants per kommun</source>
        <translation>Deltagare per kommun</translation>
    </message>
    <message>
        <source>Persons with an enrollment active at some time in the period, by home kommun on the cut-off, in Swedish alphabetical order.</source>
        <translation>Personer med en inskrivning aktiv någon gång under perioden, efter hemkommun vid brytdatum, i svensk alfabetisk ordning.</translation>
    </message>
    <message>
        <source>Development over time</source>
        <translation>Utveckling över tid</translation>
    </message>
    <message>
        <source>Participants active per year in the period, with the change from the year before.</source>
        <translation>Aktiva deltagare per år under perioden, med förändringen från året före.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;. The reports are: %2.</source>
        <translation>Det finns ingen rapport &quot;%1&quot;. Rapporterna är: %2.</translation>
    </message>
    <message>
        <source>The period starts (%1) after the cut-off date (%2).</source>
        <translation>Perioden börjar (%1) efter brytdatum (%2).</translation>
    </message>
    <message>
        <source>%1 % at least two years, %2 % more than five years (of %3 with a known value).</source>
        <translation>%1 % minst två år, %2 % mer än fem år (av %3 med känd uppgift).</translation>
    </message>
    <message>
        <source>The columns of this report are always sex.</source>
        <translation>Kolumnerna i den här rapporten är alltid kön.</translation>
    </message>
    <message>
        <source>Action plan within 14 days</source>
        <translation>Handlingsplan inom 14 dagar</translation>
    </message>
    <message>
        <source>No action plan within 14 days</source>
        <translation>Ingen handlingsplan inom 14 dagar</translation>
    </message>
    <message>
        <source>No contact gap over 2 months</source>
        <translation>Ingen kontaktlucka över 2 månader</translation>
    </message>
    <message>
        <source>A contact gap over 2 months</source>
        <translation>Kontaktlucka över 2 månader</translation>
    </message>
    <message>
        <source>Contact at least every 2 months (enrollments active at the cut-off)</source>
        <translation>Kontakt minst varannan månad (inskrivningar aktiva på brytdatum)</translation>
    </message>
    <message>
        <source>Exceptions: no action plan within 14 days</source>
        <translation>Undantag: ingen handlingsplan inom 14 dagar</translation>
    </message>
    <message>
        <source>Exceptions: a contact gap over 2 months</source>
        <translation>Undantag: kontaktlucka över 2 månader</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4 %).</source>
        <translation>%1: %2 av %3 (%4 %).</translation>
    </message>
    <message>
        <source>Not counted yet: %1 enrollments started less than 14 days before the cut-off without an action plan so far.</source>
        <translation>Räknas inte än: %1 inskrivningar som startade mindre än 14 dagar före brytdatum och ännu saknar handlingsplan.</translation>
    </message>
    <message>
        <source>Enrollment %1 (start %2)</source>
        <translation>Inskrivning %1 (start %2)</translation>
    </message>
    <message>
        <source>Enrollment %1 (start %2), no action plan</source>
        <translation>Inskrivning %1 (start %2), ingen handlingsplan</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Enrollments started</source>
        <translation>Påbörjade inskrivningar</translation>
    </message>
    <message>
        <source>Participants active</source>
        <translation>Aktiva deltagare</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>Unknown kommun</source>
        <translation>Okänd kommun</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %) from the year before.</source>
        <translation>%1: %2 (%3 %) jämfört med året innan.</translation>
    </message>
    <message>
        <source>%1: %2 from the year before (none the year before).</source>
        <translation>%1: %2 jämfört med året innan (inga året innan).</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>Annan åtgärd</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Avbrott</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Gainful employment</source>
        <translation>Förvärvsarbete</translation>
    </message>
    <message>
        <source>Seeking work</source>
        <translation>Arbetssökande</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Övriga</translation>
    </message>
    <message>
        <source>Exits by group</source>
        <translation>Avslutade per grupp</translation>
    </message>
    <message>
        <source>To work or studies: %1 of %2 (%3 %).</source>
        <translation>Till arbete eller studier: %1 av %2 (%3 %).</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <source>–: the quarter ended before the programme started; there is nothing to count.</source>
        <translation>–: kvartalet slutade innan insatsen startade; det finns inget att räkna.</translation>
    </message>
    <message>
        <source>–: the quarter is outside the period.</source>
        <translation>–: kvartalet ligger utanför perioden.</translation>
    </message>
    <message>
        <source>&lt; 6 months</source>
        <translation>&lt; 6 mån</translation>
    </message>
    <message>
        <source>6 months–1 year</source>
        <translation>6 mån–1 år</translation>
    </message>
    <message>
        <source>&gt; 1 year</source>
        <translation>&gt; 1 år</translation>
    </message>
    <message>
        <source>Time from &quot;aktuell för försörjningsstöd sedan&quot; to the exit in whole months (a started month is not counted): &lt; 6 months = 0–5, 6 months–1 year = 6–11, &gt; 1 year = 12 or more.</source>
        <translation>Tid från &quot;aktuell för försörjningsstöd sedan&quot; till avslutet i hela månader (en påbörjad månad räknas inte): &lt; 6 mån = 0–5, 6 mån–1 år = 6–11, &gt; 1 år = 12 eller fler.</translation>
    </message>
    <message>
        <source>%1 of %2 in work or studies (%3 %).</source>
        <translation>%1 av %2 i arbete eller studier (%3 %).</translation>
    </message>
    <message>
        <source>Response rate: %1 of %2 exits at least 6 months before the cut-off have an answered follow-up 6–12 months after the exit (%3 %).</source>
        <translation>Svarsfrekvens: %1 av %2 avslut minst 6 månader före brytdatum har en besvarad uppföljning 6–12 månader efter avslutet (%3 %).</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Before: at the start; after: at the exit (%1 exits). Change = after − before, its percent in percentage points. Total: the exits with the value before, after or both; an exit that changed is counted on two rows.</source>
        <translation>Före: vid start; efter: vid avslut (%1 avslut). Förändring = efter − före, procenten i procentenheter. Totalt: avslut med värdet före, efter eller båda; ett avslut som har ändrats räknas på två rader.</translation>
    </message>
    <message>
        <source>Transitions: before (rows) to after (columns)</source>
        <translation>Övergångar: före (rader) till efter (kolumner)</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mån</translation>
    </message>
    <message>
        <source>&gt; %1 months</source>
        <translation>&gt; %1 mån</translation>
    </message>
    <message>
        <source>Whole months from the start to the exit (a started month is not counted): 0–3 = 0–2 months, 3–6 = 3–5, 6–12 = 6–11, 12–24 = 12–23, &gt; 24 = 24 or more.</source>
        <translation>Hela månader från start till avslut (en påbörjad månad räknas inte): 0–3 = 0–2 månader, 3–6 = 3–5, 6–12 = 6–11, 12–24 = 12–23, &gt; 24 = 24 eller fler.</translation>
    </message>
    <message>
        <source>Median: %1 months (%2 exits).</source>
        <translation>Median: %1 månader (%2 avslut).</translation>
    </message>
    <message>
        <source>Other authorities involved</source>
        <translation>Andra involverade myndigheter</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Inget beslut än</translation>
    </message>
    <message>
        <source>%1: median %2 days, longest %3 days (%4 referrals).</source>
        <translation>%1: median %2 dagar, längst %3 dagar (%4 remisser).</translation>
    </message>
    <message>
        <source>From referral to decision</source>
        <translation>Från remiss till beslut</translation>
    </message>
    <message>
        <source>From referral to first meeting</source>
        <translation>Från remiss till första mötet</translation>
    </message>
    <message>
        <source>Source: Följsam, %1, cut-off date %2, extracted %3</source>
        <translation>Källa: Följsam, %1, brytdatum %2, uttaget %3</translation>
    </message>
    <message>
        <source>Volume goal</source>
        <translation>Volymmål</translation>
    </message>
    <message>
        <source>Remaining to goal (cumulative)</source>
        <translation>Kvar till målet (ackumulerat)</translation>
    </message>
    <message>
        <source>No volume goal is registered for the programmes and years of this report.</source>
        <translation>Inget volymmål är registrerat för rapportens insatser och år.</translation>
    </message>
    <message>
        <source>Goal attainment (the percent beside the goal): enrollments started in the year as a share of the year&apos;s goal. The remainder is the goal so far minus the enrollments started so far in the period, never below 0.</source>
        <translation>Måluppfyllelse (procenten vid målet): inskrivna under året som andel av årets mål. Kvar till målet är målet hittills minus de inskrivna hittills under perioden, aldrig under 0.</translation>
    </message>
    <message>
        <source>Enrollments started against the goal in the period: %1 of %2 (%3 %).</source>
        <translation>Inskrivna mot målet under perioden: %1 av %2 (%3 %).</translation>
    </message>
    <message>
        <source>The goal for %1 covers only %2: the remainder and goal attainment count only the enrollments in those programmes.</source>
        <translation>Målet för %1 gäller bara %2: kvar till målet och måluppfyllelsen räknar bara inskrivna i de insatserna.</translation>
    </message>
    <message>
        <source>The goal for %1 is for the whole year, but the period starts on %2: enrollments started in %1 before that day are not counted against it.</source>
        <translation>Målet för %1 gäller hela året, men perioden börjar %2: inskrivna under %1 före den dagen räknas inte mot målet.</translation>
    </message>
    <message>
        <source>The remainder and goal attainment are not shown where they would reveal a hidden count.</source>
        <translation>Kvar till målet och måluppfyllelsen visas inte där de skulle avslöja ett dolt antal.</translation>
    </message>
    <message>
        <source>Enrollments started in the period with an action plan within 14 days of the start; enrollments active at the cut-off without a gap of more than 2 months between contacts; enrollments started in the period with a proposed measure presented at a flerpartssamtal within 6 months. The first two with their exceptions.</source>
        <translation>Inskrivningar som startade under perioden med handlingsplan inom 14 dagar från start; inskrivningar aktiva vid brytdatum utan uppehåll på mer än 2 månader mellan kontakterna; inskrivningar som startade under perioden med förslag till åtgärd presenterat vid flerpartssamtal inom 6 månader. De två första med sina undantag.</translation>
    </message>
    <message>
        <source>Proposal presented at a flerpartssamtal within 6 months</source>
        <translation>Förslag presenterat vid flerpartssamtal inom 6 månader</translation>
    </message>
    <message>
        <source>No flerpartssamtal within 6 months</source>
        <translation>Inget flerpartssamtal inom 6 månader</translation>
    </message>
    <message>
        <source>Proposed measure within 6 months (enrollments started in the period)</source>
        <translation>Förslag till åtgärd inom 6 månader (inskrivningar som startade under perioden)</translation>
    </message>
    <message>
        <source>Not counted yet: %1 enrollments whose first 6 months are not over at the cut-off, without a flerpartssamtal so far.</source>
        <translation>Räknas inte än: %1 inskrivningar vars första 6 månader inte har gått vid brytdatum, utan flerpartssamtal hittills.</translation>
    </message>
    <message>
        <source>The report &quot;%1&quot; needs parts of the register that were not read for it.</source>
        <translation>Rapporten ”%1” behöver delar av registret som inte lästes in för den.</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>Enkätresultat</translation>
    </message>
    <message>
        <source>Per survey instrument and occasion (the exit, the 6- or 12-month follow-up): the responses dated in the period and the response rate; per question the distribution of the answers and N, the respondents who answered it. Free-text answers are listed without names.</source>
        <translation>Per enkät och tillfälle (avslutet, uppföljningen efter 6 eller 12 månader): svaren daterade i perioden och svarsfrekvensen; per fråga svarsfördelningen och N, de svarande som besvarat frågan. Fritextsvar listas utan namn.</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Aktuella</translation>
    </message>
    <message>
        <source>Answered of those due</source>
        <translation>Besvarade av de aktuella</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Responses: dated in the period. Due: at the exit, the exits in the period; at the 6- or 12-month follow-up, the exits whose follow-up falls due in the period. Answered of those due: those with a response to the instrument at that occasion dated on or before the cut-off; its percent is the response rate.</source>
        <translation>Svar: daterade i perioden. Aktuella: vid avslut, avsluten i perioden; vid uppföljningen efter 6 eller 12 månader, de avslut vars uppföljning infaller i perioden. Besvarade av de aktuella: de som har ett svar på enkäten vid det tillfället daterat senast brytdagen; dess procent är svarsfrekvensen.</translation>
    </message>
    <message>
        <source>No survey responses in the period.</source>
        <translation>Inga enkätsvar i perioden.</translation>
    </message>
    <message>
        <source>N = %1: the respondents who answered the question, of %2 responses in the period.</source>
        <translation>N = %1: de svarande som besvarat frågan, av %2 svar i perioden.</translation>
    </message>
    <message>
        <source>Several answers could be chosen: a respondent is counted in each category chosen, and the percents are of the respondents who answered (N).</source>
        <translation>Flera svar kunde väljas: en svarande räknas i varje vald kategori, och procenten är av de svarande som besvarat frågan (N).</translation>
    </message>
    <message>
        <source>The answers as written, in alphabetical order, without person or enrollment; an answer given by several respondents is one row with their number.</source>
        <translation>Svaren som de skrevs, i bokstavsordning, utan person eller inskrivning; ett svar som flera gett är en rad med deras antal.</translation>
    </message>
    <message>
        <source>Free-text answers are listed only when small numbers are not suppressed.</source>
        <translation>Fritextsvar listas bara när små tal inte döljs.</translation>
    </message>
    <message>
        <source>Imported statistics can be shown in the reports per-kommun and tidsserie, not in &quot;%1&quot;.</source>
        <translation>Importerad statistik kan visas i rapporterna per-kommun och tidsserie, inte i &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Imported statistics have no series of participants: leave out the series, or choose the participants.</source>
        <translation>Importerad statistik har inga serier av deltagare: ta bort serien, eller välj deltagarna.</translation>
    </message>
    <message>
        <source>No statistics are imported (up to the cut-off); there is no measure &quot;%1&quot;.</source>
        <translation>Ingen statistik är importerad (till och med brytdatum); måttet &quot;%1&quot; finns inte.</translation>
    </message>
    <message>
        <source>There is no imported measure &quot;%1&quot; (up to the cut-off). The measures are: %2.</source>
        <translation>Det finns inget importerat mått &quot;%1&quot; (till och med brytdatum). Måtten är: %2.</translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; is not imported from &quot;%2&quot;; its sources are: %3.</source>
        <translation>Måttet &quot;%1&quot; är inte importerat från &quot;%2&quot;; dess källor är: %3.</translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; is imported from several sources; choose one of: %2.</source>
        <translation>Måttet &quot;%1&quot; är importerat från flera källor; välj en av: %2.</translation>
    </message>
    <message>
        <source>Insatser by kommun</source>
        <translation>Insatser per kommun</translation>
    </message>
    <message>
        <source>The ongoing insatser of the insats catalogue per kommun, in Swedish alphabetical order: how many, by form, open to persons with aktivitetsersättning, and not verified within 12 months of the cut-off; with a list of each kommun&apos;s insatser.</source>
        <translation>De pågående insatserna i insatskatalogen per kommun, i svensk bokstavsordning: hur många, efter form, öppna för personer med aktivitetsersättning och ej verifierade inom 12 månader före brytdatum; med en lista över varje kommuns insatser.</translation>
    </message>
    <message>
        <source>Insatser by kommun and type</source>
        <translation>Insatser per kommun och typ</translation>
    </message>
    <message>
        <source>The ongoing insatser of the insats catalogue per kommun and type (level), and the same for those open to persons with aktivitetsersättning: where a type is missing.</source>
        <translation>De pågående insatserna i insatskatalogen per kommun och typ (nivå), och detsamma för dem som är öppna för personer med aktivitetsersättning: var en typ saknas.</translation>
    </message>
    <message>
        <source>%1 per kommun</source>
        <translation>%1 per kommun</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 över tid</translation>
    </message>
    <message>
        <source>Imported statistics, not participants: &quot;%1&quot; from %2, the values of the latest as-of date in the period per kommun in Swedish alphabetical order, an unknown kommun where the published total is larger than the kommuner&apos;s sum, and the sum per förbund of its member kommuner.</source>
        <translation>Importerad statistik, inte deltagare: &quot;%1&quot; från %2, värdena från periodens senaste datum per kommun i svensk bokstavsordning, okänd kommun där den publicerade summan är större än kommunernas summa, och summan per förbund av dess medlemskommuner.</translation>
    </message>
    <message>
        <source>Imported statistics, not participants: &quot;%1&quot; from %2, per year the value of the year&apos;s latest as-of date in the period (the published total, else the sum of the kommuner), with the change from the year before.</source>
        <translation>Importerad statistik, inte deltagare: &quot;%1&quot; från %2, per år värdet från årets senaste datum i perioden (den publicerade summan, annars kommunernas summa), med förändringen från året före.</translation>
    </message>
    <message>
        <source>Insatser</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Open to AE</source>
        <translation>Öppna för AE</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Ej verifierade</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>The insats catalogue has no ongoing insats.</source>
        <translation>Insatskatalogen har ingen pågående insats.</translation>
    </message>
    <message>
        <source>Ongoing insatser of the catalogue as it is now (the catalogue keeps no history); ended ones are left out. An insats serving several kommuner is counted in each; the total row counts each insats once.</source>
        <translation>Pågående insatser i katalogen som den ser ut nu (katalogen sparar ingen historik); avslutade är inte med. En insats som vänder sig till flera kommuner räknas i var och en; totalraden räknar varje insats en gång.</translation>
    </message>
    <message>
        <source>Not verified: last verified more than %1 months before the cut-off (before %2), or never. Check them with the one running them.</source>
        <translation>Ej verifierade: senast verifierade mer än %1 månader före brytdatum (före %2), eller aldrig. Stäm av dem med den som driver insatsen.</translation>
    </message>
    <message numerus="yes">
        <source>Not verified within %n months: %1.</source>
        <translation>
            <numerusform>Ej verifierade inom %n månad: %1.</numerusform>
            <numerusform>Ej verifierade inom %n månader: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open to AE: open to persons with aktivitetsersättning (&quot;ja&quot;); &quot;nej&quot; and not known are not counted.</source>
        <translation>Öppen för AE: öppen för personer med aktivitetsersättning (&quot;ja&quot;); &quot;nej&quot; och okänt räknas inte.</translation>
    </message>
    <message>
        <source>Insatser open to persons with aktivitetsersättning, per kommun and type</source>
        <translation>Insatser öppna för personer med aktivitetsersättning, per kommun och typ</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>verifierad %1</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>aldrig verifierad</translation>
    </message>
    <message>
        <source>kommuntillhörighet required</source>
        <translation>kommuntillhörighet krävs</translation>
    </message>
    <message>
        <source>ages %1–%2</source>
        <translation>%1–%2 år</translation>
    </message>
    <message>
        <source>from %1 years</source>
        <translation>från %1 år</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>till och med %1 år</translation>
    </message>
    <message>
        <source>requires %1</source>
        <translation>kräver %1</translation>
    </message>
    <message>
        <source>open to AE: %1</source>
        <translation>öppen för AE: %1</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>EJ VERIFIERAD</translation>
    </message>
    <message>
        <source>One row per insats; below, each one&apos;s huvudman, form, type, method, conditions and when it was last verified.</source>
        <translation>En rad per insats; nedanför varje insats huvudman, form, typ, metod, villkor och när den senast verifierades.</translation>
    </message>
    <message>
        <source>Per förbund</source>
        <translation>Per förbund</translation>
    </message>
    <message>
        <source>No member kommun of a förbund</source>
        <translation>Ingen medlemskommun i ett förbund</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Källa: %1, %2</translation>
    </message>
    <message>
        <source>No values of &quot;%1&quot; are imported for the period.</source>
        <translation>Inga värden för &quot;%1&quot; är importerade för perioden.</translation>
    </message>
    <message>
        <source>The published total %1 (%3) is less than the sum of the kommuner, %2: no row for an unknown kommun.</source>
        <translation>Den publicerade summan %1 (%3) är mindre än kommunernas summa, %2: ingen rad för okänd kommun.</translation>
    </message>
    <message>
        <source>Unknown kommun: the published total %1 minus the sum of the kommuner %2.</source>
        <translation>Okänd kommun: den publicerade summan %1 minus kommunernas summa %2.</translation>
    </message>
    <message>
        <source>%1: the imported value for the förbund is %2, the sum of its kommuner %3.</source>
        <translation>%1: det importerade värdet för förbundet är %2, summan av dess kommuner %3.</translation>
    </message>
    <message>
        <source>%1: no value imported.</source>
        <translation>%1: inget värde importerat.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The retention period must be %1 to %2 whole years after the end (the 12-month follow-up must stay possible); %3 was given.</source>
        <translation>Gallringstiden ska vara %1 till %2 hela år efter slutet (uppföljningen efter 12 månader måste förbli möjlig); %3 angavs.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A value is required.</source>
        <translation>Ett värde måste anges.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code in the list %2.</source>
        <translation>&quot;%1&quot; är inte en kod i listan %2.</translation>
    </message>
    <message>
        <source>%1 (%2) is after today (%3); only what has already happened can be registered.</source>
        <translation>%1 (%2) är senare än dagens datum (%3); bara det som redan har hänt kan registreras.</translation>
    </message>
    <message>
        <source>An anonymous participant cannot have a personnummer.</source>
        <translation>En anonym deltagare kan inte ha något personnummer.</translation>
    </message>
    <message>
        <source>Birth year %1 is not a plausible year.</source>
        <translation>Födelseåret %1 är inte ett rimligt årtal.</translation>
    </message>
    <message>
        <source>The identity kind does not match the number %1.</source>
        <translation>Identitetstypen stämmer inte med numret %1.</translation>
    </message>
    <message>
        <source>Sex %1 does not match the personnummer %2 (which gives %3).</source>
        <translation>Könet %1 stämmer inte med personnumret %2 (som anger %3).</translation>
    </message>
    <message>
        <source>Birth year %1 does not match the personnummer %2.</source>
        <translation>Födelseåret %1 stämmer inte med personnumret %2.</translation>
    </message>
    <message>
        <source>The programme needs a name.</source>
        <translation>Insatsen måste ha ett namn.</translation>
    </message>
    <message>
        <source>The programme ends (%1) before it starts (%2).</source>
        <translation>Insatsen slutar (%1) innan den börjar (%2).</translation>
    </message>
    <message>
        <source>The date the referral was received is required.</source>
        <translation>Datum då remissen togs emot måste anges.</translation>
    </message>
    <message>
        <source>The referral date</source>
        <translation>Remissdatumet</translation>
    </message>
    <message>
        <source>A decision date is given but no intake decision.</source>
        <translation>Ett beslutsdatum är angivet men inget intagsbeslut.</translation>
    </message>
    <message>
        <source>The intake decision (%1) is dated before the referral was received (%2).</source>
        <translation>Intagsbeslutet (%1) är daterat före det att remissen togs emot (%2).</translation>
    </message>
    <message>
        <source>The decision date</source>
        <translation>Beslutsdatumet</translation>
    </message>
    <message>
        <source>The first meeting (%1) is dated before the referral was received (%2).</source>
        <translation>Första mötet (%1) är daterat före det att remissen togs emot (%2).</translation>
    </message>
    <message>
        <source>The first meeting</source>
        <translation>Första mötet</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>Startdatum måste anges.</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>Startdatumet</translation>
    </message>
    <message>
        <source>The start date (%1) is before the referral was received (%2).</source>
        <translation>Startdatumet (%1) ligger före det att remissen togs emot (%2).</translation>
    </message>
    <message>
        <source>The start date (%1) is before the intake decision (%2).</source>
        <translation>Startdatumet (%1) ligger före intagsbeslutet (%2).</translation>
    </message>
    <message>
        <source>The referral&apos;s intake decision is &quot;%1&quot;; only a referral decided as enrolled can start an enrollment.</source>
        <translation>Remissens intagsbeslut är &quot;%1&quot;; bara en remiss med beslutet inskriven kan leda till en inskrivning.</translation>
    </message>
    <message>
        <source>The same income source is given twice.</source>
        <translation>Samma försörjningskälla anges två gånger.</translation>
    </message>
    <message>
        <source>The date of försörjningsstöd</source>
        <translation>Datumet för försörjningsstöd</translation>
    </message>
    <message>
        <source>Försörjningsstöd since %1 is after the start date %2; the baseline describes the situation at start.</source>
        <translation>Försörjningsstöd sedan %1 ligger efter startdatumet %2; nuläget vid inskrivning beskriver situationen vid start.</translation>
    </message>
    <message>
        <source>The consent date</source>
        <translation>Datumet för samtycket</translation>
    </message>
    <message>
        <source>Consent is withdrawn (%1) before it was given (%2).</source>
        <translation>Samtycket har återkallats (%1) innan det lämnades (%2).</translation>
    </message>
    <message>
        <source>The date of the action plan is required.</source>
        <translation>Datum för handlingsplanen måste anges.</translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation>Handlingsplanen</translation>
    </message>
    <message>
        <source>The action plan (%1) is dated before the enrollment started (%2).</source>
        <translation>Handlingsplanen (%1) är daterad före inskrivningens start (%2).</translation>
    </message>
    <message>
        <source>Every goal needs a description.</source>
        <translation>Varje mål måste ha en beskrivning.</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; has a target date (%2) before the plan was made (%3).</source>
        <translation>Målet &quot;%1&quot; har ett måldatum (%2) som ligger före det att planen upprättades (%3).</translation>
    </message>
    <message>
        <source>An activity ends (%1) before it starts (%2).</source>
        <translation>En aktivitet slutar (%1) innan den börjar (%2).</translation>
    </message>
    <message>
        <source>The extent must be between 0 and 100 %.</source>
        <translation>Omfattningen måste vara mellan 0 och 100 %.</translation>
    </message>
    <message>
        <source>The date of the contact is required.</source>
        <translation>Datum för kontakten måste anges.</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Kontakten</translation>
    </message>
    <message>
        <source>The contact (%1) is before the enrollment started (%2).</source>
        <translation>Kontakten (%1) ligger före inskrivningens start (%2).</translation>
    </message>
    <message>
        <source>A flerpartssamtal involves at least two actors besides the participant.</source>
        <translation>I ett flerpartssamtal deltar minst två aktörer utöver deltagaren.</translation>
    </message>
    <message>
        <source>The next planned contact (%1) is before this contact (%2).</source>
        <translation>Nästa planerade kontakt (%1) ligger före den här kontakten (%2).</translation>
    </message>
    <message>
        <source>The exit date is required.</source>
        <translation>Slutdatum måste anges.</translation>
    </message>
    <message>
        <source>The exit date</source>
        <translation>Slutdatumet</translation>
    </message>
    <message>
        <source>The exit date (%1) is before the start date (%2).</source>
        <translation>Slutdatumet (%1) ligger före startdatumet (%2).</translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100.</source>
        <translation>En procentsats måste vara mellan 0 och 100.</translation>
    </message>
    <message>
        <source>A follow-up is made 6 or 12 months after the exit.</source>
        <translation>En uppföljning görs 6 eller 12 månader efter avslutet.</translation>
    </message>
    <message>
        <source>A follow-up needs an exit: record the exit first.</source>
        <translation>En uppföljning kräver ett avslut: registrera avslutet först.</translation>
    </message>
    <message>
        <source>The date of the follow-up is required.</source>
        <translation>Datum för uppföljningen måste anges.</translation>
    </message>
    <message>
        <source>The follow-up</source>
        <translation>Uppföljningen</translation>
    </message>
    <message>
        <source>The follow-up (%1) is dated before the exit (%2).</source>
        <translation>Uppföljningen (%1) är daterad före avslutet (%2).</translation>
    </message>
    <message>
        <source>An answered follow-up needs a status.</source>
        <translation>En besvarad uppföljning måste ha en status.</translation>
    </message>
    <message>
        <source>A follow-up that was not answered cannot have a status.</source>
        <translation>En uppföljning som inte besvarades kan inte ha någon status.</translation>
    </message>
    <message>
        <source>%1 is already registered (%2, participant %3).</source>
        <translation>%1 är redan registrerat (%2, deltagare %3).</translation>
    </message>
    <message>
        <source>The participant key %1 is already used by participant %2.</source>
        <translation>Deltagarnyckeln %1 används redan av deltagare %2.</translation>
    </message>
    <message>
        <source>The person already has an open enrollment in %1 (since %2). Record its exit before enrolling again.</source>
        <translation>Personen har redan en pågående inskrivning i %1 (sedan %2). Registrera avslutet för den innan personen skrivs in igen.</translation>
    </message>
    <message>
        <source>The person was already enrolled in %1 from %2 to %3; enrollments in the same programme cannot overlap.</source>
        <translation>Personen var redan inskriven i %1 från %2 till %3; inskrivningar i samma insats får inte överlappa varandra.</translation>
    </message>
    <message>
        <source>%1 %2 was not found in the register.</source>
        <translation>%1 %2 finns inte i registret.</translation>
    </message>
    <message>
        <source>The birth year is required for an anonymous participant.</source>
        <translation>Födelseår måste anges för en anonym deltagare.</translation>
    </message>
    <message>
        <source>The date of the journal note is required.</source>
        <translation>Journalanteckningens datum måste anges.</translation>
    </message>
    <message>
        <source>The journal note</source>
        <translation>Journalanteckningen</translation>
    </message>
    <message>
        <source>The journal note (%1) is before the enrollment started (%2).</source>
        <translation>Journalanteckningen (%1) är daterad före inskrivningen (%2).</translation>
    </message>
    <message>
        <source>Write the journal note.</source>
        <translation>Skriv journalanteckningen.</translation>
    </message>
    <message>
        <source>A participant with protected identity is registered anonymously, without personnummer and name.</source>
        <translation>En deltagare med skyddad identitet registreras anonymt, utan personnummer och namn.</translation>
    </message>
    <message>
        <source>An anonymous participant is registered without a name.</source>
        <translation>En anonym deltagare registreras utan namn.</translation>
    </message>
    <message>
        <source>%1 is not a year for a goal; give a year from 2000 to 2100.</source>
        <translation>%1 är inte ett år för ett mål; ange ett år från 2000 till 2100.</translation>
    </message>
    <message>
        <source>A goal must be a number from 0 to 1 000 000.</source>
        <translation>Ett mål måste vara ett tal från 0 till 1 000 000.</translation>
    </message>
    <message>
        <source>The volume goal is a number of participants: give a whole number, not %1.</source>
        <translation>Volymmålet är ett antal deltagare: ange ett heltal, inte %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of goal; the kinds known are %2.</source>
        <translation>”%1” är inget slags mål; de kända slagen är %2.</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; must be within %2, not %3.</source>
        <translation>Målet ”%1” måste ligga inom %2, inte %3.</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; is a whole number of %2, not %3.</source>
        <translation>Målet ”%1” är ett helt antal %2, inte %3.</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; has at most %2 decimals, not %3.</source>
        <translation>Målet ”%1” har högst %2 decimaler, inte %3.</translation>
    </message>
    <message>
        <source>The participant&apos;s identity was removed on %1 (%2); personnummer, name, participant key and birth date cannot be recorded again.</source>
        <translation>Deltagarens identitet togs bort %1 (%2); personnummer, namn, deltagarnyckel och födelsedatum kan inte registreras igen.</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>samtycket återkallat</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>gallring</translation>
    </message>
    <message>
        <source>The withdrawal of consent</source>
        <translation>Återkallelsen av samtycket</translation>
    </message>
    <message>
        <source>The same actor is given twice in the consent&apos;s scope.</source>
        <translation>Samma aktör anges två gånger i samtyckets omfattning.</translation>
    </message>
    <message>
        <source>The consent&apos;s scope is given but not the date the consent was given.</source>
        <translation>Samtyckets omfattning är angiven men inte datumet då samtycket gavs.</translation>
    </message>
    <message>
        <source>Consent is withdrawn but the date it was given is missing.</source>
        <translation>Samtycket är återkallat men datumet då det gavs saknas.</translation>
    </message>
    <message>
        <source>The förbund needs a name.</source>
        <translation>Förbundet behöver ett namn.</translation>
    </message>
    <message>
        <source>Choose at least one member kommun for the förbund.</source>
        <translation>Välj minst en medlemskommun för förbundet.</translation>
    </message>
    <message>
        <source>The kommun %1 is chosen twice.</source>
        <translation>Kommunen %1 är vald två gånger.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a register on a server</source>
        <translation>Anslut till ett register på en server</translation>
    </message>
    <message>
        <source>A förbund whose coaches work in several kommuner can share one register on a PostgreSQL server. Ask your IT department for the server&apos;s name, the database and your database user.</source>
        <translation>Ett förbund vars coacher arbetar i flera kommuner kan dela ett register på en PostgreSQL-server. Fråga IT-avdelningen efter serverns namn, databasen och din databasanvändare.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation>Databas&amp;användare:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>A&amp;nslut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>StatisticRules</name>
    <message>
        <source>At most %1 characters, not %2.</source>
        <translation>Högst %1 tecken, inte %2.</translation>
    </message>
    <message>
        <source>The source (kalla) is required: it is shown under every report of the value.</source>
        <translation>Källan (kalla) måste anges: den visas under varje rapport med värdet.</translation>
    </message>
    <message>
        <source>The measure (matt) is required.</source>
        <translation>Måttet (matt) måste anges.</translation>
    </message>
    <message>
        <source>The as-of date (datum) is required, as YYYY-MM-DD.</source>
        <translation>Datumet (datum) måste anges, som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>The as-of date %1 is after today.</source>
        <translation>Datumet %1 är efter dagens datum.</translation>
    </message>
    <message>
        <source>A count cannot be negative (%1).</source>
        <translation>Ett antal kan inte vara negativt (%1).</translation>
    </message>
    <message>
        <source>%1 is too large for a count.</source>
        <translation>%1 är för stort för ett antal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a four-digit SCB kommun code.</source>
        <translation>&quot;%1&quot; är inte en fyrsiffrig kommunkod från SCB.</translation>
    </message>
    <message>
        <source>The förbund is not in the register.</source>
        <translation>Förbundet finns inte i registret.</translation>
    </message>
</context>
<context>
    <name>StatisticsImport</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Filen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;; it is ignored. The columns are: %2.</source>
        <translation>Okänd kolumn &quot;%1&quot;; den läses inte. Kolumnerna är: %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>Kolumnen &quot;%1&quot; finns två gånger.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;, which is required. The header line is: %2.</source>
        <translation>Filen saknar kolumnen &quot;%1&quot;, som krävs. Rubrikraden är: %2.</translation>
    </message>
    <message>
        <source>The source (kalla) is required: it is shown under every report of the value.</source>
        <translation>Källan (kalla) måste anges: den visas under varje rapport med värdet.</translation>
    </message>
    <message>
        <source>The measure (matt) is required.</source>
        <translation>Måttet (matt) måste anges.</translation>
    </message>
    <message>
        <source>The as-of date (datum) is required, as YYYY-MM-DD.</source>
        <translation>Datumet (datum) måste anges, som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD (or YYYY-MM for the month&apos;s last day).</source>
        <translation>&quot;%1&quot; är inte ett datum; skriv det som ÅÅÅÅ-MM-DD (eller ÅÅÅÅ-MM för månadens sista dag).</translation>
    </message>
    <message>
        <source>The area (omrade) is required: a four-digit kommun code, a förbund&apos;s name or &quot;totalt&quot;.</source>
        <translation>Området (omrade) måste anges: en fyrsiffrig kommunkod, ett förbunds namn eller &quot;totalt&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a kommun code in SCB&apos;s list.</source>
        <translation>%1 är inte en kommunkod i SCB:s lista.</translation>
    </message>
    <message>
        <source>Write the kommun&apos;s SCB code, %1 for %2, not its name.</source>
        <translation>Skriv kommunens kod från SCB, %1 för %2, inte dess namn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a kommun code, a förbund in the register nor &quot;totalt&quot;.</source>
        <translation>&quot;%1&quot; är varken en kommunkod, ett förbund i registret eller &quot;totalt&quot;.</translation>
    </message>
    <message>
        <source>The value (varde) is required.</source>
        <translation>Värdet (varde) måste anges.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Ett antal kan inte vara negativt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number; a count is written with digits only, e.g. 359.</source>
        <translation>&quot;%1&quot; är inte ett heltal; ett antal skrivs bara med siffror, t.ex. 359.</translation>
    </message>
    <message>
        <source>%1 is too large for a count.</source>
        <translation>%1 är för stort för ett antal.</translation>
    </message>
    <message>
        <source>Line %1 already gives this source, date, area, measure and category.</source>
        <translation>Rad %1 anger redan samma källa, datum, område, mått och kategori.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Lästa rader: %1</translation>
    </message>
    <message>
        <source>New values: %1, replaced: %2, unchanged: %3</source>
        <translation>Nya värden: %1, ersatta: %2, oförändrade: %3</translation>
    </message>
    <message>
        <source>Nothing was written because the file has errors. Correct them and import the file again.</source>
        <translation>Ingenting sparades eftersom filen har fel. Rätta dem och importera filen igen.</translation>
    </message>
    <message>
        <source>Trial run (--dry-run): nothing was written.</source>
        <translation>Provkörning (--dry-run): ingenting sparades.</translation>
    </message>
</context>
<context>
    <name>SuppressionFloor</name>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Counts above 0 and below this number are shown as &lt;N. Your role sees aggregates only: counts below %1 are always hidden.</source>
        <translation>Antal över 0 och under detta tal visas som &lt;N. Din roll ser bara sammanställda uppgifter: antal under %1 döljs alltid.</translation>
    </message>
</context>
<context>
    <name>SurveyImporter</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Filen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;; it is ignored.</source>
        <translation>Okänd kolumn &quot;%1&quot;; den hoppas över.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>Kolumnen &quot;%1&quot; förekommer två gånger.</translation>
    </message>
    <message>
        <source>The file needs a column &quot;personnummer&quot; or &quot;deltagare&quot;.</source>
        <translation>Filen måste ha en kolumn &quot;personnummer&quot; eller &quot;deltagare&quot;.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;, which is required.</source>
        <translation>Filen saknar kolumnen &quot;%1&quot;, som krävs.</translation>
    </message>
    <message>
        <source>Each row needs a personnummer or the förbund&apos;s participant key (deltagare).</source>
        <translation>Varje rad måste ha ett personnummer eller förbundets deltagarnyckel (kolumnen deltagare).</translation>
    </message>
    <message>
        <source>No participant in the register has this personnummer.</source>
        <translation>Ingen deltagare i registret har det här personnumret.</translation>
    </message>
    <message>
        <source>No participant in the register has the participant key &quot;%1&quot;.</source>
        <translation>Ingen deltagare i registret har deltagarnyckeln &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The personnummer and the participant key (deltagare) belong to two different participants.</source>
        <translation>Personnumret och deltagarnyckeln (deltagare) tillhör två olika deltagare.</translation>
    </message>
    <message>
        <source>The programme (insats) is required.</source>
        <translation>Insatsen (insats) måste anges.</translation>
    </message>
    <message>
        <source>There is no programme &quot;%1&quot; in the register.</source>
        <translation>Det finns ingen insats &quot;%1&quot; i registret.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; är inte ett datum; skriv det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>The participant has no enrollment in &quot;%1&quot;.</source>
        <translation>Deltagaren har inget inskrivningstillfälle i &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The participant has no enrollment in &quot;%1&quot; starting %2 (the enrollments there start %3).</source>
        <translation>Deltagaren har inget inskrivningstillfälle i &quot;%1&quot; som börjar %2 (inskrivningstillfällena där börjar %3).</translation>
    </message>
    <message>
        <source>The participant has %1 enrollments in &quot;%2&quot; (starting %3); give the start date (startdatum) of the one the survey is about.</source>
        <translation>Deltagaren har %1 inskrivningstillfällen i &quot;%2&quot; (som börjar %3); ange startdatum (startdatum) för det som enkäten gäller.</translation>
    </message>
    <message>
        <source>The survey (enkat) is required: its key or its name.</source>
        <translation>Enkäten (enkat) måste anges: dess nyckel eller namn.</translation>
    </message>
    <message>
        <source>Several surveys are named &quot;%1&quot;; give the key of the one answered: %2.</source>
        <translation>Flera enkäter heter &quot;%1&quot;; ange nyckeln för den som besvarats: %2.</translation>
    </message>
    <message>
        <source>There is no survey &quot;%1&quot;. Give the key or the name of one of: %2.</source>
        <translation>Det finns ingen enkät &quot;%1&quot;. Ange nyckeln eller namnet för någon av: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an occasion; write avslut, 6 or 12.</source>
        <translation>&quot;%1&quot; är inget tillfälle; skriv avslut, 6 eller 12.</translation>
    </message>
    <message>
        <source>The survey &quot;%1&quot; is answered at the 6- or the 12-month follow-up: write 6 or 12 in tillfalle.</source>
        <translation>Enkäten &quot;%1&quot; besvaras vid uppföljningen efter 6 eller 12 månader: skriv 6 eller 12 i tillfalle.</translation>
    </message>
    <message>
        <source>The survey &quot;%1&quot; is answered %2, not %3.</source>
        <translation>Enkäten &quot;%1&quot; besvaras %2, inte %3.</translation>
    </message>
    <message>
        <source>The date the survey was answered (datum) is required.</source>
        <translation>Datumet då enkäten besvarades (datum) måste anges.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither ja nor nej.</source>
        <translation>&quot;%1&quot; är varken ja eller nej.</translation>
    </message>
    <message>
        <source>The question (fraga) is required: its key, e.g. E1.</source>
        <translation>Frågan (fraga) måste anges: dess nyckel, t.ex. E1.</translation>
    </message>
    <message>
        <source>The survey &quot;%1&quot; has no question &quot;%2&quot;. Its questions: %3.</source>
        <translation>Enkäten &quot;%1&quot; har ingen fråga &quot;%2&quot;. Dess frågor: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to &quot;%2&quot;: give a whole number from 1 to %3.</source>
        <translation>&quot;%1&quot; är inget svar på &quot;%2&quot;: ange ett heltal från 1 till %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer category of &quot;%2&quot;: give one of %3, or its number from 1 to %4.</source>
        <translation>&quot;%1&quot; är inget svarsalternativ till &quot;%2&quot;: ange ett av %3, eller dess nummer från 1 till %4.</translation>
    </message>
    <message>
        <source>This respondent&apos;s questionnaire is dated %1 on line %2; every row of one questionnaire has the same date.</source>
        <translation>Den här svarandens enkät är daterad %1 på rad %2; alla rader i en enkät ska ha samma datum.</translation>
    </message>
    <message>
        <source>This respondent&apos;s questionnaire has pappersenkat &quot;%1&quot; on line %2; every row of one questionnaire has the same.</source>
        <translation>Den här svarandens enkät har pappersenkat &quot;%1&quot; på rad %2; alla rader i en enkät ska ha samma värde.</translation>
    </message>
    <message>
        <source>This respondent already answers the question %1 on line %2.</source>
        <translation>Den här svaranden besvarar redan fråga %1 på rad %2.</translation>
    </message>
    <message>
        <source>The register already holds this respondent&apos;s survey &quot;%1&quot; %2, answered %3, with other answers or another date. A correction is made in the program: remove the response there and record it again.</source>
        <translation>Registret har redan den här svarandens enkät &quot;%1&quot; %2, besvarad %3, med andra svar eller ett annat datum. En rättelse görs i programmet: ta bort svaret där och registrera det på nytt.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Lästa rader: %1</translation>
    </message>
    <message>
        <source>Questionnaires new: %1, unchanged: %2</source>
        <translation>Enkäter nya: %1, oförändrade: %2</translation>
    </message>
    <message>
        <source>Answers written: %1</source>
        <translation>Sparade svar: %1</translation>
    </message>
    <message>
        <source>Rows ignored (no answer): %1</source>
        <translation>Överhoppade rader (inget svar): %1</translation>
    </message>
    <message>
        <source>Trial run (--dry-run): nothing was written.</source>
        <translation>Provkörning (--dry-run): ingenting sparades.</translation>
    </message>
    <message>
        <source>Nothing was written because the file has errors. Correct them and import the file again.</source>
        <translation>Ingenting sparades eftersom filen innehåller fel. Rätta felen och importera filen igen.</translation>
    </message>
    <message>
        <source>No change: the register already held every questionnaire in the file.</source>
        <translation>Ingen ändring: registret innehöll redan alla enkäter i filen.</translation>
    </message>
</context>
<context>
    <name>SurveyRules</name>
    <message>
        <source>The survey needs a name.</source>
        <translation>Enkäten behöver ett namn.</translation>
    </message>
    <message>
        <source>The survey needs a key (lower-case letters a–z, digits and _).</source>
        <translation>Enkäten behöver en nyckel (små bokstäver a–z, siffror och _).</translation>
    </message>
    <message>
        <source>The survey key &quot;%1&quot; may only hold lower-case letters a–z, digits and _, at most %2 characters.</source>
        <translation>Enkätens nyckel &quot;%1&quot; får bara innehålla små bokstäver a–z, siffror och _, högst %2 tecken.</translation>
    </message>
    <message>
        <source>The survey needs at least one question.</source>
        <translation>Enkäten behöver minst en fråga.</translation>
    </message>
    <message>
        <source>Question %1 has no text.</source>
        <translation>Fråga %1 saknar text.</translation>
    </message>
    <message>
        <source>Question %1 has the key &quot;%2&quot;, which another question of the survey already has.</source>
        <translation>Fråga %1 har nyckeln &quot;%2&quot;, som en annan fråga i enkäten redan har.</translation>
    </message>
    <message>
        <source>Question %1: a scale has from %2 to %3 points, not %4.</source>
        <translation>Fråga %1: en skala har %2 till %3 steg, inte %4.</translation>
    </message>
    <message>
        <source>Question %1: a scale needs a label at each end (the lowest and the highest point).</source>
        <translation>Fråga %1: en skala behöver en etikett i varje ände (lägsta och högsta steget).</translation>
    </message>
    <message>
        <source>Question %1 has an answer category without text.</source>
        <translation>Fråga %1 har ett svarsalternativ utan text.</translation>
    </message>
    <message>
        <source>Question %1 has the same answer category twice.</source>
        <translation>Fråga %1 har samma svarsalternativ två gånger.</translation>
    </message>
    <message>
        <source>Question %1: a choice needs at least two different answer categories.</source>
        <translation>Fråga %1: en fråga med svarsalternativ behöver minst två olika alternativ.</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; is not of the question&apos;s kind.</source>
        <translation>Svaret på &quot;%1&quot; passar inte frågans typ.</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; is %2; the scale goes from 1 to %3.</source>
        <translation>Svaret på &quot;%1&quot; är %2; skalan går från 1 till %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes one answer; %2 are given.</source>
        <translation>&quot;%1&quot; ska ha ett svar; %2 är angivna.</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; is not one of the question&apos;s answer categories.</source>
        <translation>Svaret på &quot;%1&quot; är inte ett av frågans svarsalternativ.</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; gives &quot;%2&quot; twice.</source>
        <translation>Svaret på &quot;%1&quot; anger &quot;%2&quot; två gånger.</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; has %2 characters; at most %3 are kept.</source>
        <translation>Svaret på &quot;%1&quot; har %2 tecken; högst %3 sparas.</translation>
    </message>
    <message>
        <source>The survey &quot;%1&quot; is answered %2, not %3.</source>
        <translation>Enkäten &quot;%1&quot; besvaras %2, inte %3.</translation>
    </message>
    <message>
        <source>A survey at the exit has no follow-up month.</source>
        <translation>En enkät vid avslut har ingen uppföljningsmånad.</translation>
    </message>
    <message>
        <source>A follow-up survey is answered at the 6- or 12-month follow-up.</source>
        <translation>En uppföljningsenkät besvaras vid uppföljningen efter 6 eller 12 månader.</translation>
    </message>
    <message>
        <source>A survey %1 needs the enrollment&apos;s exit: record the exit first.</source>
        <translation>En enkät %1 kräver att inskrivningen är avslutad: registrera avslutet först.</translation>
    </message>
    <message>
        <source>The date the survey was answered is required.</source>
        <translation>Datum då enkäten besvarades måste anges.</translation>
    </message>
    <message>
        <source>The survey&apos;s date (%1) is after today (%2); only a survey already answered can be registered.</source>
        <translation>Enkätens datum (%1) är efter dagens datum (%2); bara en enkät som redan har besvarats kan registreras.</translation>
    </message>
    <message>
        <source>The survey (%1) is dated before the enrollment started (%2).</source>
        <translation>Enkäten (%1) är daterad före inskrivningens start (%2).</translation>
    </message>
    <message>
        <source>The follow-up survey (%1) is dated before the exit (%2).</source>
        <translation>Uppföljningsenkäten (%1) är daterad före avslutet (%2).</translation>
    </message>
    <message>
        <source>An answer is given to a question that is not in this version of the survey &quot;%1&quot;.</source>
        <translation>Ett svar är angivet på en fråga som inte finns i den här versionen av enkäten &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is answered twice.</source>
        <translation>&quot;%1&quot; är besvarad två gånger.</translation>
    </message>
    <message>
        <source>The survey has no answers; record at least one.</source>
        <translation>Enkäten har inga svar; registrera minst ett.</translation>
    </message>
    <message>
        <source>The survey &quot;%1&quot; %2 is already recorded for this enrollment (answered %3). Remove that response to record it again.</source>
        <translation>Enkäten &quot;%1&quot; %2 är redan registrerad för den här inskrivningen (besvarad %3). Ta bort det svaret för att registrera den igen.</translation>
    </message>
    <message>
        <source>at the exit</source>
        <translation>vid avslutet</translation>
    </message>
    <message>
        <source>at the 6-month follow-up</source>
        <translation>vid uppföljningen efter 6 månader</translation>
    </message>
    <message>
        <source>at the 12-month follow-up</source>
        <translation>vid uppföljningen efter 12 månader</translation>
    </message>
    <message>
        <source>at the follow-up</source>
        <translation>vid uppföljningen</translation>
    </message>
</context>
<context>
    <name>Tally</name>
    <message>
        <source>&quot;%1&quot; are not age bands. Write them in order without overlap, for example 18-35,36-65,66-.</source>
        <translation>&quot;%1&quot; är inga åldersgrupper. Skriv dem i ordning utan överlapp, till exempel 18-35,36-65,66-.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a series. Choose year, quarter, kon, insats, kommun, remittent or none.</source>
        <translation>&quot;%1&quot; är ingen serie. Välj year, quarter, kon, insats, kommun, remittent eller none.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rounding. Choose halfup or largest-remainder.</source>
        <translation>&quot;%1&quot; är ingen avrundning. Välj halfup eller largest-remainder.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Cells with fewer than %1 are shown as &lt;%1, together with as many other cells as keep them from being worked out from the totals.</source>
        <translation>Celler med färre än %1 visas som &lt;%1, tillsammans med så många andra celler att de inte kan räknas fram ur summorna.</translation>
    </message>
    <message>
        <source>%1, number</source>
        <translation>%1, antal</translation>
    </message>
    <message>
        <source>%1, percent</source>
        <translation>%1, procent</translation>
    </message>
    <message>
        <source>The lists of single enrollments are left out of this document; they are on the report&apos;s page in Följsam.</source>
        <translation>Listorna över enskilda inskrivningar lämnas utanför detta dokument; de finns på rapportens sida i Följsam.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period. Write a year (2014), a quarter (2014Q3), a tertial (2014T2), a half year (2014H1), a month (2014-03) or two dates (2014-01-01–2014-06-30).</source>
        <translation>”%1” är ingen period. Skriv ett år (2014), ett kvartal (2014Q3), ett tertial (2014T2), ett halvår (2014H1), en månad (2014-03) eller två datum (2014-01-01–2014-06-30).</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Perioden slutar (%1) innan den börjar (%2).</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>No transaction is open.</source>
        <translation>Ingen transaktion är öppen.</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>Referral without decision</source>
        <translation>Remiss utan beslut</translation>
    </message>
    <message>
        <source>No action plan</source>
        <translation>Ingen handlingsplan</translation>
    </message>
    <message>
        <source>No recent contact</source>
        <translation>Ingen kontakt på länge</translation>
    </message>
    <message>
        <source>%1-month follow-up due</source>
        <translation>%1-månadersuppföljning ska göras</translation>
    </message>
    <message>
        <source>%1-month follow-up overdue</source>
        <translation>%1-månadersuppföljning försenad</translation>
    </message>
    <message>
        <source>%1-month follow-up about to be missed</source>
        <translation>%1-månadersuppföljning snart missad</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Period %1 – %2, cut-off %3</source>
        <translation>Period %1 – %2, brytdatum %3</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>Kunde inte skapa %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::AccountEditDialog</name>
    <message>
        <source>&amp;Coach: own participants and the team&apos;s programmes</source>
        <translation>&amp;Coach: egna deltagare och teamets insatser</translation>
    </message>
    <message>
        <source>&amp;Samordnare: every participant, goals, code lists, reports</source>
        <translation>&amp;Samordnare: alla deltagare, mål, kodlistor, rapporter</translation>
    </message>
    <message>
        <source>&amp;Förbundschef: reports and dashboard, no participant data</source>
        <translation>&amp;Förbundschef: rapporter och instrumentpanel, inga deltagaruppgifter</translation>
    </message>
    <message>
        <source>&amp;Administrator: accounts and backups, no participant data</source>
        <translation>A&amp;dministratör: konton och säkerhetskopior, inga deltagaruppgifter</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nytt konto</translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation>Skapa administratörskontot</translation>
    </message>
    <message>
        <source>Roles and team of %1</source>
        <translation>Roller och team för %1</translation>
    </message>
    <message>
        <source>The first account of the register is an administrator. Once it exists, everyone must log in, and the administrator creates the accounts of the coaches, samordnare and the förbundschef.</source>
        <translation>Registrets första konto är en administratör. När det finns måste alla logga in, och administratören skapar konton för coacherna, samordnarna och förbundschefen.</translation>
    </message>
    <message>
        <source>What the user types to log in: no spaces, at most 64 characters.</source>
        <translation>Det som användaren skriver för att logga in: inga mellanslag, högst 64 tecken.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Minst %1 tecken.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>&amp;Team – the programmes a coach works in:</source>
        <translation>&amp;Team – insatserna som en coach arbetar i:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>The passwords are not the same. Type the password twice.</source>
        <translation>Lösenorden är inte lika. Skriv lösenordet två gånger.</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nytt konto…</translation>
    </message>
    <message>
        <source>&amp;Roles and team…</source>
        <translation>&amp;Roller och team…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Ange &amp;lösenord…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Inget lösenord</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Till %1</translation>
    </message>
    <message>
        <source>Deactivate the account %1? The user can no longer log in. What the user recorded stays in the register.</source>
        <translation>Vill du inaktivera kontot %1? Användaren kan inte längre logga in. Det som användaren har registrerat finns kvar i registret.</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::AssociationsDialog</name>
    <message>
        <source>Förbund and member kommuner</source>
        <translation>Förbund och medlemskommuner</translation>
    </message>
    <message>
        <source>Filter by förbund, kommun or programme</source>
        <translation>Filtrera på förbund, kommun eller insats</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Förbund</source>
        <translation>Förbund</translation>
    </message>
    <message>
        <source>Member kommuner</source>
        <translation>Medlemskommuner</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>&amp;New förbund</source>
        <translation>&amp;Nytt förbund</translation>
    </message>
    <message>
        <source>&amp;Remove förbund…</source>
        <translation>&amp;Ta bort förbund…</translation>
    </message>
    <message>
        <source>Only a förbund no programme belongs to can be removed.</source>
        <translation>Bara ett förbund som ingen insats hör till kan tas bort.</translation>
    </message>
    <message>
        <source>e.g. Samordningsförbundet Sydväst</source>
        <translation>t.ex. Samordningsförbundet Sydväst</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save the förbund (Enter or Ctrl+S)</source>
        <translation>Spara förbundet (Enter eller Ctrl+S)</translation>
    </message>
    <message>
        <source>Förbund &amp;name:</source>
        <translation>Förbundets &amp;namn:</translation>
    </message>
    <message>
        <source>Member &amp;kommuner:</source>
        <translation>Medlems&amp;kommuner:</translation>
    </message>
    <message>
        <source>New förbund</source>
        <translation>Nytt förbund</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>member of %1</source>
        <translation>medlem i %1</translation>
    </message>
    <message>
        <source>Remove the förbund %1 and its list of member kommuner?</source>
        <translation>Ta bort förbundet %1 och dess lista över medlemskommuner?</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::CatalogueCheckDialog</name>
    <message>
        <source>Which insatser can the participant get?</source>
        <translation>Vilka insatser kan deltagaren få?</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrera</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Can take part</source>
        <translation>Kan delta</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Kunde inte prövas</translation>
    </message>
    <message>
        <source>Choose a participant first.</source>
        <translation>Välj en deltagare först.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>On %1: age %2, home kommun %3, income sources %4.</source>
        <translation>Den %1: ålder %2, hemkommun %3, försörjningskällor %4.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::CatalogueDialog</name>
    <message>
        <source>Insats catalogue</source>
        <translation>Insatskatalog</translation>
    </message>
    <message>
        <source>Filter: name, kommun, huvudman, type...</source>
        <translation>Filtrera: namn, kommun, huvudman, typ ...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Huvudman</source>
        <translation>Huvudman</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Open to AE</source>
        <translation>Öppen för AE</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Senast verifierad</translation>
    </message>
    <message>
        <source>&amp;New insats…</source>
        <translation>&amp;Ny insats…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>&amp;Show…</source>
        <translation>&amp;Visa…</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message numerus="yes">
        <source>! in Last verified: not verified within %n months.</source>
        <translation>
            <numerusform>! i Senast verifierad: inte verifierad på %n månad.</numerusform>
            <numerusform>! i Senast verifierad: inte verifierad på %n månader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not verified within %n months.</source>
        <translation>
            <numerusform>Inte verifierad på %n månad.</numerusform>
            <numerusform>Inte verifierad på %n månader.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>foljsam::ui::CatalogueEntryDialog</name>
    <message>
        <source>Insats: %1</source>
        <translation>Insats: %1</translation>
    </message>
    <message>
        <source>New insats</source>
        <translation>Ny insats</translation>
    </message>
    <message>
        <source>Filter kommuner</source>
        <translation>Filtrera kommuner</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Only for residents of its kommuner (kommuntillhörighet)</source>
        <translation>Bara för invånare i dess kommuner (kommuntillhörighet)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Kommuner</source>
        <translation>&amp;Kommuner</translation>
    </message>
    <message>
        <source>&amp;Huvudman</source>
        <translation>&amp;Huvudman</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Metod</translation>
    </message>
    <message>
        <source>&amp;Ages (from–to)</source>
        <translation>Å&amp;lder (från–till)</translation>
    </message>
    <message>
        <source>&amp;Income source required (one of)</source>
        <translation>Krav på försörjnin&amp;g (någon av)</translation>
    </message>
    <message>
        <source>&amp;Open to persons with aktivitetsersättning</source>
        <translation>Ö&amp;ppen för personer med aktivitetsersättning</translation>
    </message>
    <message>
        <source>&amp;Why not</source>
        <translation>&amp;Varför inte</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Last verified</source>
        <translation>Senast ve&amp;rifierad</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Ant&amp;eckning</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Ändra kontakt</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ av kontakt</translation>
    </message>
    <message>
        <source>&amp;Actors present</source>
        <translation>Närvarande &amp;aktörer</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>A&amp;nteckning</translation>
    </message>
    <message>
        <source>Next &amp;planned contact</source>
        <translation>Nästa &amp;planerade kontakt</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::DashboardView</name>
    <message>
        <source>Click or press Enter to open the report.</source>
        <translation>Klicka eller tryck Enter för att öppna rapporten.</translation>
    </message>
    <message>
        <source>on goal</source>
        <translation>når målet</translation>
    </message>
    <message>
        <source>near the goal</source>
        <translation>nära målet</translation>
    </message>
    <message>
        <source>far from the goal</source>
        <translation>långt från målet</translation>
    </message>
    <message>
        <source>no goal</source>
        <translation>inget mål</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>ingen jämförelse</translation>
    </message>
    <message>
        <source>%1 before: %2</source>
        <translation>%1 perioden före: %2</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Inget mål</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Hittills i år</translation>
    </message>
    <message>
        <source>2026, 2026Q3, 2026T2, 2026H1, 2026-03 or 2026-01-01–2026-06-30; empty: this year up to the cut-off date.</source>
        <translation>2026, 2026Q3, 2026T2, 2026H1, 2026-03 eller 2026-01-01–2026-06-30; tomt: i år fram till brytdatum.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>C&amp;ut-off date:</source>
        <translation>&amp;Brytdatum:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>&amp;Insats:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Counts above 0 and below this number are shown as &lt;N, and so are shares built on them (spec: 5 for the förbundschef).</source>
        <translation>Antal över 0 och under detta tal visas som &lt;N, liksom andelar som bygger på dem (5 för förbundschefen).</translation>
    </message>
    <message>
        <source>&amp;Hide counts below:</source>
        <translation>&amp;Dölj antal under:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Per programme</source>
        <translation>Per insats</translation>
    </message>
    <message>
        <source>Nothing dated after this day is counted.</source>
        <translation>Inget daterat efter denna dag räknas.</translation>
    </message>
    <message>
        <source>Open a register to see the dashboard.</source>
        <translation>Öppna ett register för att se instrumentpanelen.</translation>
    </message>
    <message>
        <source>Choose the period and press Show.</source>
        <translation>Välj period och tryck Visa.</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>Started and exited per quarter</source>
        <translation>Påbörjade och avslutade per kvartal</translation>
    </message>
    <message>
        <source>Active participants at the quarter&apos;s end</source>
        <translation>Aktiva deltagare vid kvartalets slut</translation>
    </message>
    <message>
        <source>To work or studies at exit (%)</source>
        <translation>Till arbete eller studier vid avslut (%)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Påbörjade</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>To work or studies</source>
        <translation>Till arbete eller studier</translation>
    </message>
    <message>
        <source>Enrolled this year</source>
        <translation>Inskrivna i år</translation>
    </message>
    <message>
        <source>Volume goal</source>
        <translation>Volymmål</translation>
    </message>
    <message>
        <source>Aggregates only: counts below %1 are shown as &lt;%1, and so are shares built on them. The trend compares with the period before.</source>
        <translation>Bara sammanräknade uppgifter: antal under %1 visas som &lt;%1, liksom andelar som bygger på dem. Trenden jämför med perioden före.</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Type the date as 2026-11-20 or 20261120. Up/Down change the day, i gives today, Alt+Down opens a calendar.</source>
        <translation>Skriv datumet som 2026-11-20 eller 20261120. Upp/Ned ändrar dagen, i ger dagens datum, Alt+Ned öppnar en kalender.</translation>
    </message>
    <message>
        <source>Choose in a calendar</source>
        <translation>Välj i en kalender</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD, for example %2.</source>
        <translation>&quot;%1&quot; är inget datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel %2.</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::EnrollmentDialog</name>
    <message>
        <source>Enroll participant</source>
        <translation>Skriv in deltagare</translation>
    </message>
    <message>
        <source>Edit enrollment</source>
        <translation>Ändra inskrivning</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Insats: %1</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inskrivning</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Insats</translation>
    </message>
    <message>
        <source>Star&amp;t date</source>
        <translation>S&amp;tartdatum</translation>
    </message>
    <message>
        <source>&amp;Coach</source>
        <translation>&amp;Coach</translation>
    </message>
    <message>
        <source>Situation at start (baseline)</source>
        <translation>Nuläge vid start</translation>
    </message>
    <message>
        <source>&amp;Main income source</source>
        <translation>&amp;Huvudsaklig försörjning</translation>
    </message>
    <message>
        <source>Other income so&amp;urces</source>
        <translation>&amp;Annan försörjning</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>S&amp;ysselsättning</translation>
    </message>
    <message>
        <source>&amp;Education</source>
        <translation>&amp;Utbildning</translation>
    </message>
    <message>
        <source>Prio&amp;r support (time)</source>
        <translation>Tid med stöd &amp;före</translation>
    </message>
    <message>
        <source>Social assistance si&amp;nce</source>
        <translation>Aktuell för försörjningsstöd s&amp;edan</translation>
    </message>
    <message>
        <source>Consent &amp;given</source>
        <translation>Samtycke &amp;givet</translation>
    </message>
    <message>
        <source>Consent &amp;withdrawn</source>
        <translation>Samtycke åter&amp;kallat</translation>
    </message>
    <message>
        <source>Without consent the participant should be registered anonymously (pseudonym, sex and birth year only).</source>
        <translation>Utan samtycke ska deltagaren registreras anonymt (endast pseudonym, kön och födelseår).</translation>
    </message>
    <message>
        <source>The actors the participant has consented may exchange information about them.</source>
        <translation>De aktörer som enligt deltagarens samtycke får utbyta information om deltagaren.</translation>
    </message>
    <message>
        <source>Consent scope (&amp;actors)</source>
        <translation>Samtyckets omfattning (&amp;aktörer)</translation>
    </message>
    <message>
        <source>The withdrawal of consent is final: the participant&apos;s identity was removed when it was recorded.</source>
        <translation>Återkallelsen av samtycket är slutgiltig: deltagarens identitet togs bort när den registrerades.</translation>
    </message>
    <message>
        <source>Recording a withdrawal removes the participant&apos;s identity and all free texts for good.</source>
        <translation>En registrerad återkallelse tar bort deltagarens identitet och alla fritexter för gott.</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::ExitDialog</name>
    <message>
        <source>Exit</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>Enrolled since:</source>
        <translation>Inskriven sedan:</translation>
    </message>
    <message>
        <source>E&amp;xit date</source>
        <translation>&amp;Datum för avslut</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Avslutsorsak</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nästa steg</translation>
    </message>
    <message>
        <source>Receiving &amp;actor</source>
        <translation>&amp;Mottagande aktör</translation>
    </message>
    <message>
        <source>Situation after the exit</source>
        <translation>Situation efter avslut</translation>
    </message>
    <message>
        <source>&amp;Main income</source>
        <translation>&amp;Huvudsaklig försörjning</translation>
    </message>
    <message>
        <source>O&amp;ther income</source>
        <translation>Ö&amp;vrig försörjning</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>S&amp;ysselsättning</translation>
    </message>
    <message>
        <source>&amp;Extent (% of full time)</source>
        <translation>&amp;Omfattning (% av heltid)</translation>
    </message>
    <message>
        <source>Wage su&amp;bsidy (%)</source>
        <translation>&amp;Lönesubvention (%)</translation>
    </message>
    <message>
        <source>Enter the answers to the survey &quot;%1&quot; &amp;next</source>
        <translation>Fyll i &amp;enkäten &quot;%1&quot; härnäst</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 månader</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 månader</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <source>Exit date:</source>
        <translation>Avslutsdatum:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Ska göras:</translation>
    </message>
    <message>
        <source>&amp;Performed on</source>
        <translation>&amp;Genomförd</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Kontaktsätt</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>Sva&amp;r</translation>
    </message>
    <message>
        <source>Only for a participant who answered.</source>
        <translation>Bara för en deltagare som har svarat.</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Income at the follow-up</source>
        <translation>Försörjning vid uppföljningen</translation>
    </message>
    <message>
        <source>&amp;Main income</source>
        <translation>&amp;Huvudsaklig försörjning</translation>
    </message>
    <message>
        <source>O&amp;ther income</source>
        <translation>Ö&amp;vrig försörjning</translation>
    </message>
    <message>
        <source>Enter the answers to the survey &quot;%1&quot; &amp;next</source>
        <translation>Fyll i &amp;enkäten &quot;%1&quot; härnäst</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::FormErrors</name>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::GoalsDialog</name>
    <message>
        <source>Goals for programmes</source>
        <translation>Mål för insatser</translation>
    </message>
    <message>
        <source>Add a year</source>
        <translation>Lägg till ett år</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Unsaved goals</source>
        <translation>Osparade mål</translation>
    </message>
    <message>
        <source>The changed goals are not saved. Discard the changes?</source>
        <translation>De ändrade målen är inte sparade. Kasta ändringarna?</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Insats:</translation>
    </message>
    <message>
        <source>Type a goal in a cell: Enter moves down, Tab to the right, Delete empties the cell (no goal). Ctrl+Enter saves. Percents from 0 to 100, amounts in whole kronor.</source>
        <translation>Skriv ett mål i en cell: Enter flyttar nedåt, Tab åt höger, Delete tömmer cellen (inget mål). Ctrl+Enter sparar. Procent från 0 till 100, belopp i hela kronor.</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrerat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>&amp;Add year…</source>
        <translation>&amp;Lägg till år…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Records every changed goal, with you as the one who recorded it; the earlier goals stay in the history.</source>
        <translation>Registrerar varje ändrat mål, med dig som den som registrerade det; de tidigare målen finns kvar i historiken.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The register has no programme yet.</source>
        <translation>Registret har ingen insats än.</translation>
    </message>
    <message>
        <source>No goal is changed: nothing to save.</source>
        <translation>Inget mål är ändrat: inget att spara.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n goal(s).</source>
        <translation>
            <numerusform>Sparade %n mål.</numerusform>
            <numerusform>Sparade %n mål.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>foljsam::ui::HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Användarhandbok</translation>
    </message>
    <message>
        <source>&amp;Coach</source>
        <translation>&amp;Coach</translation>
    </message>
    <message>
        <source>&amp;Samordnare</source>
        <translation>&amp;Samordnare</translation>
    </message>
    <message>
        <source>&amp;Förbundschef</source>
        <translation>&amp;Förbundschef</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::JournalDialog</name>
    <message>
        <source>Journal note</source>
        <translation>Journalanteckning</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::JourneyHeader</name>
    <message>
        <source>Programme: %1</source>
        <translation>Insats: %1</translation>
    </message>
    <message>
        <source>Anonymous participant %1</source>
        <translation>Anonym deltagare %1</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::JourneyTabs</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Översikt</translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation>Ny re&amp;miss…</translation>
    </message>
    <message>
        <source>&amp;Decision and changes…</source>
        <translation>&amp;Beslut och ändringar…</translation>
    </message>
    <message>
        <source>&amp;Enroll…</source>
        <translation>Skriv i&amp;n…</translation>
    </message>
    <message>
        <source>Re&amp;ferral</source>
        <translation>R&amp;emiss</translation>
    </message>
    <message>
        <source>&amp;Change enrollment and baseline…</source>
        <translation>Ändra inskrivning och nul&amp;äge…</translation>
    </message>
    <message>
        <source>Enrollment &amp;&amp; &amp;baseline</source>
        <translation>&amp;Inskrivning &amp;&amp; nuläge</translation>
    </message>
    <message>
        <source>New plan &amp;version…</source>
        <translation>Ny versi&amp;on…</translation>
    </message>
    <message>
        <source>V&amp;ersion:</source>
        <translation>Versio&amp;n:</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>Handlings&amp;plan</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>Ny kon&amp;takt…</translation>
    </message>
    <message>
        <source>C&amp;hange contact…</source>
        <translation>Ä&amp;ndra kontakt…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Nästa kontakt</translation>
    </message>
    <message>
        <source>&amp;Contacts &amp;&amp; journal</source>
        <translation>&amp;Kontakter &amp;&amp; journal</translation>
    </message>
    <message>
        <source>Record e&amp;xit…</source>
        <translation>Re&amp;gistrera avslut…</translation>
    </message>
    <message>
        <source>&amp;Undo exit</source>
        <translation>Ångra avslu&amp;t</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>Av&amp;slut</translation>
    </message>
    <message>
        <source>&amp;6-month follow-up…</source>
        <translation>&amp;6-månadersuppföljning…</translation>
    </message>
    <message>
        <source>&amp;12-month follow-up…</source>
        <translation>&amp;12-månadersuppföljning…</translation>
    </message>
    <message>
        <source>Follow-&amp;up</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Remittent</translation>
    </message>
    <message>
        <source>Other actors</source>
        <translation>Andra aktörer</translation>
    </message>
    <message>
        <source>Referring officer</source>
        <translation>Remitterande handläggare</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Intake decision</source>
        <translation>Intagsbeslut</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Inget beslut än</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Första mötet</translation>
    </message>
    <message>
        <source>The referral is accepted: enroll the participant.</source>
        <translation>Remissen är beviljad: skriv in deltagaren.</translation>
    </message>
    <message>
        <source>The enrollment was made without a referral.</source>
        <translation>Inskrivningen gjordes utan remiss.</translation>
    </message>
    <message>
        <source>No referral is registered.</source>
        <translation>Ingen remiss är registrerad.</translation>
    </message>
    <message>
        <source>The participant is not enrolled on this referral.</source>
        <translation>Deltagaren är inte inskriven på den här remissen.</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Situation at start</source>
        <translation>Nuläge vid start</translation>
    </message>
    <message>
        <source>Main income source</source>
        <translation>Huvudsaklig försörjning</translation>
    </message>
    <message>
        <source>Other income sources</source>
        <translation>Övrig försörjning</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Sysselsättning</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Prior support</source>
        <translation>Stöd före</translation>
    </message>
    <message>
        <source>Income support since</source>
        <translation>Aktuell för försörjningsstöd sedan</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtycke lämnat</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycke återkallat</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Next step with</source>
        <translation>Nästa steg hos</translation>
    </message>
    <message>
        <source>Main income source after</source>
        <translation>Huvudsaklig försörjning efter</translation>
    </message>
    <message>
        <source>Other income sources after</source>
        <translation>Övrig försörjning efter</translation>
    </message>
    <message>
        <source>Occupation after</source>
        <translation>Sysselsättning efter</translation>
    </message>
    <message>
        <source>Extent (%)</source>
        <translation>Omfattning (%)</translation>
    </message>
    <message>
        <source>Wage subsidy (%)</source>
        <translation>Lönesubvention (%)</translation>
    </message>
    <message>
        <source>Wrong registration: not followed up and not in reports.</source>
        <translation>Felregistrering: följs inte upp och räknas inte i rapporter.</translation>
    </message>
    <message>
        <source>The participant is still enrolled (since %1).</source>
        <translation>Deltagaren är fortfarande inskriven (sedan %1).</translation>
    </message>
    <message>
        <source>Follow-ups are made 6 and 12 months after the exit.</source>
        <translation>Uppföljningar görs 6 och 12 månader efter avslutet.</translation>
    </message>
    <message>
        <source>%1-month follow-up</source>
        <translation>%1-månadersuppföljning</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Income sources</source>
        <translation>Försörjning</translation>
    </message>
    <message>
        <source>Not followed up: the exit is a wrong registration.</source>
        <translation>Följs inte upp: avslutet är en felregistrering.</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>Inte aktuell än</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Ska göras nu</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Ska göras</translation>
    </message>
    <message>
        <source>Overdue from</source>
        <translation>Försenad från</translation>
    </message>
    <message>
        <source>Can be made until</source>
        <translation>Kan göras till och med</translation>
    </message>
    <message>
        <source>No action plan yet.</source>
        <translation>Ingen handlingsplan än.</translation>
    </message>
    <message>
        <source>Action plan, version %1</source>
        <translation>Handlingsplan, version %1</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>No goals.</source>
        <translation>Inga mål.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>No activities.</source>
        <translation>Inga aktiviteter.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Utförare</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>New &amp;journal note…</source>
        <translation>Ny &amp;journalanteckning…</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <source>&amp;Questionnaire…</source>
        <translation>Enkäts&amp;var…</translation>
    </message>
    <message>
        <source>Enter a questionnaire the participant answered at the exit or at a follow-up, e.g. a paper form returned by post</source>
        <translation>Skriv in en enkät som deltagaren besvarade vid avslutet eller vid en uppföljning, t.ex. en pappersenkät som kommit med posten</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::KalkylView</name>
    <message>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>Open preset</source>
        <translation>Öppna parameteruppsättning</translation>
    </message>
    <message>
        <source>Presets (*.json)</source>
        <translation>Parameteruppsättningar (*.json)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Add income &amp;source</source>
        <translation>Lägg till &amp;försörjningskälla</translation>
    </message>
    <message>
        <source>Adds an income source to the situation of the chosen parameter (before, or an outcome group after).</source>
        <translation>Lägger till en försörjningskälla i situationen för den valda parametern (före, eller en utfallsgrupp efter).</translation>
    </message>
    <message>
        <source>Re&amp;move income source</source>
        <translation>Ta bort försörjnings&amp;källa</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>Para&amp;meteruppsättning:</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open a preset saved as JSON.</source>
        <translation>Öppna en parameteruppsättning som har sparats som JSON.</translation>
    </message>
    <message>
        <source>Sa&amp;ve preset as JSON…</source>
        <translation>&amp;Spara parameteruppsättningen som JSON…</translation>
    </message>
    <message>
        <source>Registered &amp;data</source>
        <translation>Registrerade &amp;uppgifter</translation>
    </message>
    <message>
        <source>The exits of the period, each in its outcome group by its exit reason and latest answered follow-up.</source>
        <translation>Periodens avslut, vart och ett i sin utfallsgrupp efter avslutsorsak och senaste besvarade uppföljning.</translation>
    </message>
    <message>
        <source>&amp;Typfall (the preset&apos;s counts)</source>
        <translation>&amp;Typfall (parameteruppsättningens antal)</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Underlag:</translation>
    </message>
    <message>
        <source>2025, 2025Q3, 2025H1 (empty: the whole life)</source>
        <translation>2025, 2025Q3, 2025H1 (tomt: insatsernas hela livstid)</translation>
    </message>
    <message>
        <source>The exits counted; empty: from the programmes&apos; start up to the cut-off date.</source>
        <translation>De avslut som räknas; tomt: från insatsernas start fram till brytdatum.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>C&amp;ut-off date:</source>
        <translation>Brytd&amp;atum:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>&amp;Insats:</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Beräkna</translation>
    </message>
    <message>
        <source>Nothing dated after this day is counted.</source>
        <translation>Inget som är daterat efter den här dagen räknas.</translation>
    </message>
    <message>
        <source>%1 (file)</source>
        <translation>%1 (fil)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>En av: %1</translation>
    </message>
    <message>
        <source>1, 2 or 3; empty: as every other exit</source>
        <translation>1, 2 eller 3; tomt: som alla övriga avslut</translation>
    </message>
    <message>
        <source>There is no parameter &quot;%1&quot;.</source>
        <translation>Det finns ingen parameter ”%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: type e.g. 45 800, 75 or 1,25.</source>
        <translation>”%1” är inte ett tal: skriv t.ex. 45 800, 75 eller 1,25.</translation>
    </message>
    <message>
        <source>Give the horizons as whole years, e.g. 1, 3, 5.</source>
        <translation>Ange tidshorisonterna i hela år, t.ex. 1, 3, 5.</translation>
    </message>
    <message>
        <source>Choose a parameter of the situation before the programme or of an outcome group first.</source>
        <translation>Välj först en parameter i situationen före insatsen eller i en utfallsgrupp.</translation>
    </message>
    <message>
        <source>New income source</source>
        <translation>Ny försörjningskälla</translation>
    </message>
    <message>
        <source>Choose a parameter of the income source to remove first.</source>
        <translation>Välj först en parameter i den försörjningskälla som ska tas bort.</translation>
    </message>
    <message>
        <source>Open a register to compute from its data, or choose typfall.</source>
        <translation>Öppna ett register för att beräkna från dess uppgifter, eller välj typfall.</translation>
    </message>
    <message>
        <source>Source: Följsam, the preset &quot;%1&quot;, typfall, computed %2</source>
        <translation>Källa: Följsam, parameteruppsättningen ”%1”, typfall, beräknad %2</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Resu&amp;lts</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <source>The calculation step &amp;by step</source>
        <translation>Beräkningen ste&amp;g för steg</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>Exportera P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::LoginDialog</name>
    <message>
        <source>Log in – %1</source>
        <translation>Logga in – %1</translation>
    </message>
    <message>
        <source>The register %1 holds personal data. Log in with your account to open it.</source>
        <translation>Registret %1 innehåller personuppgifter. Logga in med ditt konto för att öppna det.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Logga &amp;in</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::MainWindow</name>
    <message>
        <source>Följsam registers (*.foljsam);;All files (*)</source>
        <translation>Följsam-register (*.foljsam);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;Nytt register…</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>&amp;Öppna register…</translation>
    </message>
    <message>
        <source>Open an existing register file</source>
        <translation>Öppna en befintlig registerfil</translation>
    </message>
    <message>
        <source>&amp;Close register</source>
        <translation>S&amp;täng register</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Find participant</source>
        <translation>&amp;Sök deltagare</translation>
    </message>
    <message>
        <source>&amp;About Följsam</source>
        <translation>&amp;Om Följsam</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Recent registers</source>
        <translation>&amp;Senaste register</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>The register could not be opened</source>
        <translation>Det gick inte att öppna registret</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Öppna register</translation>
    </message>
    <message>
        <source>About Följsam</source>
        <translation>Om Följsam</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Följsam %1&lt;/h3&gt;&lt;p&gt;Follow-up of participants in programmes run or financed by a samordningsförbund: referrals, enrollments, action plans, contacts, exits and the follow-ups at 6 and 12 months.&lt;/p&gt;&lt;p&gt;Följsam replaces the follow-up systems SUS and DIS.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Följsam %1&lt;/h3&gt;&lt;p&gt;Uppföljning av deltagare i insatser som drivs eller finansieras av ett samordningsförbund: remisser, inskrivningar, handlingsplaner, kontakter, avslut och uppföljningar efter 6 och 12 månader.&lt;/p&gt;&lt;p&gt;Följsam ersätter uppföljningssystemen SUS och DIS.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Töm listan</translation>
    </message>
    <message>
        <source>Följsam – %1</source>
        <translation>Följsam – %1</translation>
    </message>
    <message>
        <source>Följsam</source>
        <translation>Följsam</translation>
    </message>
    <message>
        <source>No register is open</source>
        <translation>Inget register är öppet</translation>
    </message>
    <message>
        <source>Open a register, or create a new one, from the File menu. Recently used registers are listed under File → Recent registers.</source>
        <translation>Öppna ett register, eller skapa ett nytt, via menyn Arkiv. De senast använda registren finns under Arkiv → Senaste register.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>New participant and &amp;referral…</source>
        <translation>Ny deltagare och &amp;remiss…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Register a referral for a new participant</source>
        <translation>Registrera en remiss för en ny deltagare</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>&amp;Att göra</translation>
    </message>
    <message>
        <source>&amp;My participants</source>
        <translation>&amp;Mina deltagare</translation>
    </message>
    <message>
        <source>&amp;All participants</source>
        <translation>A&amp;lla deltagare</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Remisser</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Ra&amp;pporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Deltagare</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>Klicka för att sortera; högerklicka för att välja kolumner</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Användare: %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(inte vald)</translation>
    </message>
    <message>
        <source>Cut-off: %1</source>
        <translation>Brytdatum: %1</translation>
    </message>
    <message>
        <source>Listed: %1</source>
        <translation>I listan: %1</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>My participants</source>
        <translation>Mina deltagare</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Alla deltagare</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Goals for programmes…</source>
        <translation>&amp;Mål för insatser…</translation>
    </message>
    <message>
        <source>Volume, process and outcome goals, budget and cost per programme and year</source>
        <translation>Volym-, process- och resultatmål, budget och kostnad per insats och år</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Instrumentpanel</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Instrumentpanel</translation>
    </message>
    <message>
        <source>&amp;Socio-economics</source>
        <translation>&amp;Samhällsekonomi</translation>
    </message>
    <message>
        <source>Socio-economics</source>
        <translation>Samhällsekonomi</translation>
    </message>
    <message>
        <source>Följsam backups (*.foljsam-backup);;Följsam registers (*.foljsam);;All files (*)</source>
        <translation>Följsam-säkerhetskopior (*.foljsam-backup);;Följsam-register (*.foljsam);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation>Inloggad: %1 (%2)</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Inte inloggad</translation>
    </message>
    <message>
        <source>&amp;Back up register…</source>
        <translation>&amp;Säkerhetskopiera registret…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the register to a file</source>
        <translation>Skriv en konsekvent kopia av registret till en fil</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Replace the register with a backup; the register as it is now is kept as a copy</source>
        <translation>Ersätt registret med en säkerhetskopia; registret i sitt nuvarande skick sparas som en kopia</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Byt &amp;lösenord…</translation>
    </message>
    <message>
        <source>Change the password of your account</source>
        <translation>Byt lösenord för ditt konto</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>Log out and let someone else log in</source>
        <translation>Logga ut och låt någon annan logga in</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konton…</translation>
    </message>
    <message>
        <source>Accounts, roles, teams, passwords and locks</source>
        <translation>Konton, roller, team, lösenord och låsningar</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>Kontrollera &amp;granskningsloggen</translation>
    </message>
    <message>
        <source>Check that no entry of the audit log was changed or removed</source>
        <translation>Kontrollera att ingen post i granskningsloggen har ändrats eller tagits bort</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <source>The register has no accounts yet – everyone can see everything. Create an administrator account.</source>
        <translation>Registret har inga konton än – alla kan se allt. Skapa ett administratörskonto.</translation>
    </message>
    <message>
        <source>Create &amp;administrator account…</source>
        <translation>Skapa &amp;administratörskonto…</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Följsam is locked</source>
        <translation>Följsam är låst</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås u&amp;pp</translation>
    </message>
    <message>
        <source>&amp;Log out (another user)</source>
        <translation>Logga &amp;ut (annan användare)</translation>
    </message>
    <message>
        <source>The register %1 was locked after a time without input. Give the password of %2 to go on, or log out so that someone else can log in.</source>
        <translation>Registret %1 låstes efter en tid utan aktivitet. Ange lösenordet för %2 för att fortsätta, eller logga ut så att någon annan kan logga in.</translation>
    </message>
    <message>
        <source>Nobody is logged in to the register %1.</source>
        <translation>Ingen är inloggad i registret %1.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ditt lösenord har ändrats.</translation>
    </message>
    <message>
        <source>Back up register</source>
        <translation>Säkerhetskopiera registret</translation>
    </message>
    <message>
        <source>A backup cannot replace the register itself. Choose another file.</source>
        <translation>En säkerhetskopia kan inte ersätta själva registret. Välj en annan fil.</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>Säkerhetskopian gjordes inte</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>Säkerhetskopierar registret…</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Säkerhetskopian skrevs till %1</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Säkerhetskopian är klar</translation>
    </message>
    <message>
        <source>The register was backed up to
%1

The backup holds %2 participants and %3 enrollments (%4). Keep it where only authorised people can read it: it holds personal data.</source>
        <translation>Registret säkerhetskopierades till
%1

Säkerhetskopian innehåller %2 deltagare och %3 inskrivningar (%4). Förvara den så att bara behöriga kan läsa den: den innehåller personuppgifter.</translation>
    </message>
    <message>
        <source>A register on a database server is restored with the server&apos;s own tools (pg_restore).</source>
        <translation>Ett register på en databasserver återställs med serverns egna verktyg (pg_restore).</translation>
    </message>
    <message>
        <source>The register was not restored</source>
        <translation>Registret återställdes inte</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation>Säkerhetskopian kan inte återställas</translation>
    </message>
    <message>
        <source>Replace the register
%1
with the backup
%2?

The backup holds %3 participants and %4 enrollments (%5). Whatever was recorded after the backup was made is replaced; the register as it is now is kept as a copy beside it. After the restore, log in again.</source>
        <translation>Vill du ersätta registret
%1
med säkerhetskopian
%2?

Säkerhetskopian innehåller %3 deltagare och %4 inskrivningar (%5). Allt som har registrerats efter att säkerhetskopian gjordes ersätts; registret i sitt nuvarande skick sparas som en kopia bredvid det. Logga in igen efter återställningen.</translation>
    </message>
    <message>
        <source>The register was restored from
%1.</source>
        <translation>Registret återställdes från
%1.</translation>
    </message>
    <message>
        <source>The register was restored from
%1.

The register as it was is kept as
%2.</source>
        <translation>Registret återställdes från
%1.

Registret som det var sparas som
%2.</translation>
    </message>
    <message>
        <source>Register restored</source>
        <translation>Registret är återställt</translation>
    </message>
    <message>
        <source>The audit log is broken</source>
        <translation>Granskningsloggen är bruten</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Anslut till &amp;server…</translation>
    </message>
    <message>
        <source>Open a register shared on a PostgreSQL server</source>
        <translation>Öppna ett register som delas på en PostgreSQL-server</translation>
    </message>
    <message>
        <source>&amp;Retention (gallring)…</source>
        <translation>&amp;Gallring…</translation>
    </message>
    <message>
        <source>Retention policies per programme; preview and remove the identity of participants whose time has run out</source>
        <translation>Gallringsregler per insats; förhandsgranska och ta bort identiteten för deltagare vars tid har gått ut</translation>
    </message>
    <message>
        <source>Your role manages the register: accounts, backups, retention and the audit log. Participants and reports are shown only to the roles that work with them.</source>
        <translation>Din roll förvaltar registret: konton, säkerhetskopior, gallring och loggen. Deltagare och rapporter visas bara för de roller som arbetar med dem.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Följsam is built on these libraries, under their licences:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (Core, Gui, Widgets, Sql, Charts, PrintSupport, Svg): LGPL 3&lt;/li&gt;&lt;li&gt;SQLite: public domain&lt;/li&gt;&lt;li&gt;libxlsxwriter: BSD 2-clause (with zlib: zlib licence, and minizip)&lt;/li&gt;&lt;li&gt;OpenSSL: Apache 2.0 (password hashing)&lt;/li&gt;&lt;li&gt;PostgreSQL&apos;s client library libpq, through Qt&apos;s driver: PostgreSQL licence&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Följsam bygger på de här biblioteken, under deras licenser:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (Core, Gui, Widgets, Sql, Charts, PrintSupport, Svg): LGPL 3&lt;/li&gt;&lt;li&gt;SQLite: allmän egendom (public domain)&lt;/li&gt;&lt;li&gt;libxlsxwriter: BSD 2-clause (med zlib: zlib-licensen, och minizip)&lt;/li&gt;&lt;li&gt;OpenSSL: Apache 2.0 (lösenordshashning)&lt;/li&gt;&lt;li&gt;PostgreSQL:s klientbibliotek libpq, genom Qt:s drivrutin: PostgreSQL-licensen&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>The guide for your role: coach, samordnare or förbundschef</source>
        <translation>Handboken för din roll: coach, samordnare eller förbundschef</translation>
    </message>
    <message>
        <source>The register is on a network drive</source>
        <translation>Registret ligger på en nätverksenhet</translation>
    </message>
    <message>
        <source>%1 is on a network drive. A register file is safe for one user at a time only: when several open it over the network, the file&apos;s locks cannot be trusted and entries can be lost or the register damaged. Keep a register that several people share on a PostgreSQL server (File → Connect to a server…), or keep this file on your own computer.</source>
        <translation>%1 ligger på en nätverksenhet. En registerfil är säker för en användare åt gången: när flera öppnar den över nätverket går det inte att lita på filens lås, och uppgifter kan gå förlorade eller registret skadas. Ett register som flera delar ska ligga på en PostgreSQL-server (Arkiv → Anslut till server…); annars kan du ha den här filen på din egen dator.</translation>
    </message>
    <message>
        <source>Create a new register file with the förbund, its kommuner and a first programme</source>
        <translation>Skapa en ny registerfil med förbundet, dess kommuner och en första insats</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Välkommen…</translation>
    </message>
    <message>
        <source>New register, an existing one, a shared register on a server or the demo register</source>
        <translation>Nytt register, ett befintligt, ett delat register på en server eller demoregistret</translation>
    </message>
    <message>
        <source>The folder %1 for the demo register could not be made.</source>
        <translation>Mappen %1 för demoregistret kunde inte skapas.</translation>
    </message>
    <message>
        <source>The demo register could not be made</source>
        <translation>Demoregistret kunde inte skapas</translation>
    </message>
    <message>
        <source>Making the demo register with made-up participants…</source>
        <translation>Skapar demoregistret med påhittade deltagare…</translation>
    </message>
    <message>
        <source>Demo register</source>
        <translation>Demoregister</translation>
    </message>
    <message>
        <source>The demo register could not be saved as %1.</source>
        <translation>Demoregistret kunde inte sparas som %1.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Surveys…</source>
        <translation>&amp;Enkäter…</translation>
    </message>
    <message>
        <source>The questionnaires participants answer at the exit and at the follow-ups, and which of them are offered</source>
        <translation>Enkäterna som deltagarna besvarar vid avslut och uppföljningar, och vilka som erbjuds</translation>
    </message>
    <message>
        <source>Insats &amp;catalogue…</source>
        <translation>Insats&amp;katalog…</translation>
    </message>
    <message>
        <source>Which &amp;insatser can the participant get?…</source>
        <translation>Vilka &amp;insatser kan deltagaren få?…</translation>
    </message>
    <message>
        <source>&amp;Förbund and member kommuner…</source>
        <translation>&amp;Förbund och medlemskommuner…</translation>
    </message>
    <message>
        <source>The register&apos;s förbund and the kommuner that are members</source>
        <translation>Registrets förbund och de kommuner som är medlemmar</translation>
    </message>
    <message>
        <source>Import &amp;statistics…</source>
        <translation>Importera &amp;statistik…</translation>
    </message>
    <message>
        <source>Import aggregate statistics, e.g. Försäkringskassan&apos;s counts per kommun, from a CSV file</source>
        <translation>Importera statistik, t.ex. Försäkringskassans antal per kommun, från en CSV-fil</translation>
    </message>
    <message>
        <source>Import statistics</source>
        <translation>Importera statistik</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Open a register first.</source>
        <translation>Öppna ett register först.</translation>
    </message>
    <message>
        <source>The statistics were not imported</source>
        <translation>Statistiken importerades inte</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… och %1 till.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fel: %1</translation>
    </message>
    <message>
        <source>Statistics imported from %1</source>
        <translation>Statistik importerad från %1</translation>
    </message>
    <message>
        <source>Statistics imported</source>
        <translation>Statistiken är importerad</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… och %n till.</numerusform>
            <numerusform>… och %n till.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import survey responses…</source>
        <translation>Importera &amp;enkätsvar…</translation>
    </message>
    <message>
        <source>Import questionnaires from a CSV file with one row per respondent and question</source>
        <translation>Importera enkäter från en CSV-fil med en rad per svarande och fråga</translation>
    </message>
    <message>
        <source>Import survey responses</source>
        <translation>Importera enkätsvar</translation>
    </message>
    <message>
        <source>The survey responses were not imported</source>
        <translation>Enkätsvaren importerades inte</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was imported. Correct them and import the file again.

%2</source>
        <translation>%1 innehåller fel; ingenting importerades. Rätta felen och importera filen igen.

%2</translation>
    </message>
    <message>
        <source>%1

Import the questionnaires of %2?</source>
        <translation>%1

Vill du importera enkäterna i %2?</translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s) imported.</source>
        <translation>
            <numerusform>%n enkät importerades.</numerusform>
            <numerusform>%n enkäter importerades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>foljsam::ui::MunicipalityPicker</name>
    <message>
        <source>Type to find a kommun; Enter checks it</source>
        <translation>Skriv för att hitta en kommun; Enter markerar den</translation>
    </message>
    <message>
        <source>Member kommuner</source>
        <translation>Medlemskommuner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No kommun chosen yet.</source>
        <translation>Ingen kommun vald ännu.</translation>
    </message>
    <message numerus="yes">
        <source>Chosen (%n): %1</source>
        <translation>
            <numerusform>Vald (%n): %1</numerusform>
            <numerusform>Valda (%n): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>foljsam::ui::ParticipantCard</name>
    <message>
        <source>No referrals or enrollments are registered.</source>
        <translation>Inga remisser eller inskrivningar är registrerade.</translation>
    </message>
    <message>
        <source>Registered anonymously</source>
        <translation>Registrerad anonymt</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <source>Samordningsnummer</source>
        <translation>Samordningsnummer</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <source>Home kommun</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (sedan %2)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>Active since %1</source>
        <translation>Aktiv sedan %1</translation>
    </message>
    <message>
        <source>Referral without enrollment</source>
        <translation>Remiss utan inskrivning</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>Remiss mottagen</translation>
    </message>
    <message>
        <source>Referred by %1</source>
        <translation>Remitterad av %1</translation>
    </message>
    <message>
        <source>Other actors: %1</source>
        <translation>Andra aktörer: %1</translation>
    </message>
    <message>
        <source>Referring officer: %1</source>
        <translation>Remitterande handläggare: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Anledning: %1</translation>
    </message>
    <message>
        <source>No intake decision yet</source>
        <translation>Inget intagsbeslut ännu</translation>
    </message>
    <message>
        <source>Intake decision: %1 (%2)</source>
        <translation>Intagsbeslut: %1 (%2)</translation>
    </message>
    <message>
        <source>Intake decision: %1</source>
        <translation>Intagsbeslut: %1</translation>
    </message>
    <message>
        <source>First meeting: %1</source>
        <translation>Första mötet: %1</translation>
    </message>
    <message>
        <source>Enrolled in %1</source>
        <translation>Inskriven i %1</translation>
    </message>
    <message>
        <source>Coach: %1</source>
        <translation>Coach: %1</translation>
    </message>
    <message>
        <source>Income sources before: %1</source>
        <translation>Försörjningskällor före: %1</translation>
    </message>
    <message>
        <source>Occupation before: %1</source>
        <translation>Sysselsättning före: %1</translation>
    </message>
    <message>
        <source>Education: %1</source>
        <translation>Utbildning: %1</translation>
    </message>
    <message>
        <source>Support from actors before start: %1</source>
        <translation>Stöd från aktörer före start: %1</translation>
    </message>
    <message>
        <source>Receiving social assistance since %1</source>
        <translation>Har försörjningsstöd sedan %1</translation>
    </message>
    <message>
        <source>Consent given %1</source>
        <translation>Samtycke lämnat %1</translation>
    </message>
    <message>
        <source>Consent withdrawn %1</source>
        <translation>Samtycke återkallat %1</translation>
    </message>
    <message>
        <source>Action plan, version %1</source>
        <translation>Handlingsplan, version %1</translation>
    </message>
    <message>
        <source>Goal: %1 (%2, target date %3)</source>
        <translation>Mål: %1 (%2, måldatum %3)</translation>
    </message>
    <message>
        <source>Goal: %1 (%2)</source>
        <translation>Mål: %1 (%2)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>%1 % of full time</source>
        <translation>%1 % av heltid</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Aktivitet: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anteckning: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Närvarande: %1</translation>
    </message>
    <message>
        <source>Next contact planned %1</source>
        <translation>Nästa kontakt planerad %1</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>Exit: %1</source>
        <translation>Avslut: %1</translation>
    </message>
    <message>
        <source>Registered by mistake: left out of all reports</source>
        <translation>Felregistrerad: räknas inte med i några rapporter</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nästa steg: %1</translation>
    </message>
    <message>
        <source>Next step: %1 (%2)</source>
        <translation>Nästa steg: %1 (%2)</translation>
    </message>
    <message>
        <source>Income sources after: %1</source>
        <translation>Försörjningskällor efter: %1</translation>
    </message>
    <message>
        <source>Occupation after: %1</source>
        <translation>Sysselsättning efter: %1</translation>
    </message>
    <message>
        <source>Extent: %1 % of full time</source>
        <translation>Omfattning: %1 % av heltid</translation>
    </message>
    <message>
        <source>Wage subsidy: %1 %</source>
        <translation>Lönestöd: %1 %</translation>
    </message>
    <message>
        <source>Follow-up after %1 months</source>
        <translation>Uppföljning efter %1 månader</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <translation>Uppföljningssätt: %1</translation>
    </message>
    <message>
        <source>Income sources: %1</source>
        <translation>Försörjningskällor: %1</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Inte aktuell än</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missad</translation>
    </message>
    <message>
        <source>Due %1, overdue from %2, can be made until %3</source>
        <translation>Aktuell %1, försenad från %2, kan göras till och med %3</translation>
    </message>
    <message>
        <source>Select a participant to see the journey.</source>
        <translation>Välj en deltagare för att se hela förloppet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Exited, follow-up in progress</source>
        <translation>Avslutad, uppföljning pågår</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Given %1</source>
        <translation>Lämnat %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte registrerat</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>återkallat %1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Enrollment or referral:</source>
        <translation>Inskrivning eller remiss:</translation>
    </message>
    <message>
        <source>active since %1</source>
        <translation>aktiv sedan %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, referral %2</source>
        <translation>%1, remiss %2</translation>
    </message>
    <message>
        <source>Journal note</source>
        <translation>Journalanteckning</translation>
    </message>
    <message>
        <source>Journal note by %1</source>
        <translation>Journalanteckning av %1</translation>
    </message>
    <message>
        <source>Identity removed %1 (retention)</source>
        <translation>Identiteten borttagen %1 (gallring)</translation>
    </message>
    <message>
        <source>Identity removed %1 (consent withdrawn)</source>
        <translation>Identiteten borttagen %1 (samtycket återkallat)</translation>
    </message>
    <message>
        <source>Consent scope</source>
        <translation>Samtyckets omfattning</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::ParticipantFilterBar</name>
    <message>
        <source>Search name, personnummer or id</source>
        <translation>Sök namn, personnummer eller id</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Follow-up in progress</source>
        <translation>Uppföljning pågår</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Alla åldrar</translation>
    </message>
    <message>
        <source>%1 and older</source>
        <translation>%1 och äldre</translation>
    </message>
    <message>
        <source>Started (or referred) on or after this date</source>
        <translation>Började (eller remitterades) detta datum eller senare</translation>
    </message>
    <message>
        <source>Started (or referred) on or before this date</source>
        <translation>Började (eller remitterades) detta datum eller tidigare</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>Insats:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>C&amp;oach:</source>
        <translation>Coach:</translation>
    </message>
    <message>
        <source>&amp;Kommun:</source>
        <translation>Kommun:</translation>
    </message>
    <message>
        <source>S&amp;ex:</source>
        <translation>Kön:</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>Ålder:</translation>
    </message>
    <message>
        <source>Start&amp;ed:</source>
        <translation>Startad:</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Alla insatser</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>Alla coacher</translation>
    </message>
    <message>
        <source>All kommuner</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::ParticipantListModel</name>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>Follow-up in progress</source>
        <translation>Uppföljning pågår</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Byt lösenord</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nytt lösenord för %1</translation>
    </message>
    <message>
        <source>Change the password of your account %1. A password has at least %2 characters.</source>
        <translation>Byt lösenord för ditt konto %1. Ett lösenord har minst %2 tecken.</translation>
    </message>
    <message>
        <source>Give the account %1 a new password. This also lifts a lock after failed log-ins. A password has at least %2 characters.</source>
        <translation>Ge kontot %1 ett nytt lösenord. Det häver också en låsning efter misslyckade inloggningar. Ett lösenord har minst %2 tecken.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Nuvarande lösenord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>N&amp;ytt lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Upprepa det nya lösenordet:</translation>
    </message>
    <message>
        <source>The new passwords are not the same. Type the new password twice.</source>
        <translation>De nya lösenorden är inte lika. Skriv det nya lösenordet två gånger.</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::PercentBox</name>
    <message>
        <source>0–100 %; empty when not known.</source>
        <translation>0–100 %; tomt om det inte är känt.</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::PinEdit</name>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <source>A personnummer has 10 or 12 digits.</source>
        <translation>Ett personnummer har 10 eller 12 siffror.</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::PlanDialog</name>
    <message>
        <source>New version of the action plan</source>
        <translation>Ny version av handlingsplanen</translation>
    </message>
    <message>
        <source>New action plan</source>
        <translation>Ny handlingsplan</translation>
    </message>
    <message>
        <source>Version %1 (replaces version %2)</source>
        <translation>Version %1 (ersätter version %2)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Handlingsplan:</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>A&amp;nteckning</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>Lägg till &amp;mål</translation>
    </message>
    <message>
        <source>&amp;Remove goal</source>
        <translation>&amp;Ta bort mål</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anordnare</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Add &amp;activity</source>
        <translation>Lägg till &amp;aktivitet</translation>
    </message>
    <message>
        <source>Re&amp;move activity</source>
        <translation>Ta &amp;bort aktivitet</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::QuarterlyReportDialog</name>
    <message>
        <source>Quarterly report</source>
        <translation>Kvartalsrapport</translation>
    </message>
    <message>
        <source>Save the quarterly report</source>
        <translation>Spara kvartalsrapporten</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>A quarter (2025Q3), a tertial (2025T2), a half year (2025H1), a year or a month (2025-03).</source>
        <translation>Ett kvartal (2025Q3), ett tertial (2025T2), ett halvår (2025H1), ett år eller en månad (2025-03).</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Nothing dated after this day is counted.</source>
        <translation>Inget daterat efter denna dag räknas.</translation>
    </message>
    <message>
        <source>C&amp;ut-off date:</source>
        <translation>&amp;Brytdatum:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>&amp;Insats:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Counts above 0 and below this number are shown as &lt;N.</source>
        <translation>Antal över 0 och under detta tal visas som &lt;N.</translation>
    </message>
    <message>
        <source>&amp;Hide counts below:</source>
        <translation>&amp;Dölj antal under:</translation>
    </message>
    <message>
        <source>&amp;Reports in the document (tick, and move with Alt+Up and Alt+Down):</source>
        <translation>&amp;Rapporter i dokumentet (kryssa i, och flytta med Alt+Upp och Alt+Ned):</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Save the choice</source>
        <translation>Spara &amp;valet</translation>
    </message>
    <message>
        <source>The reports and their order are saved in the register for the förbund and used next time, also by foljsam-cli.</source>
        <translation>Rapporterna och deras ordning sparas i registret för förbundet och används nästa gång, även av foljsam-cli.</translation>
    </message>
    <message>
        <source>&amp;Create PDF…</source>
        <translation>&amp;Skapa PDF…</translation>
    </message>
    <message numerus="yes">
        <source>The choice of %n report(s) is saved.</source>
        <translation>
            <numerusform>Valet av %n rapport är sparat.</numerusform>
            <numerusform>Valet av %n rapporter är sparat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the report&apos;s period, e.g. %1.</source>
        <translation>Ange rapportens period, till exempel %1.</translation>
    </message>
    <message>
        <source>Choose at least one report for the document.</source>
        <translation>Välj minst en rapport till dokumentet.</translation>
    </message>
    <message>
        <source>Creating the quarterly report…</source>
        <translation>Skapar kvartalsrapporten …</translation>
    </message>
    <message>
        <source>Quarterly report %1</source>
        <translation>Kvartalsrapport %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n report(s)).</source>
        <translation>
            <numerusform>Sparade %1 (%n rapport).</numerusform>
            <numerusform>Sparade %1 (%n rapporter).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::RecordDialog</name>
    <message>
        <source>Fields marked * are required. Ctrl+Enter saves.</source>
        <translation>Fält markerade med * måste fyllas i. Ctrl+Enter sparar.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Ny remiss</translation>
    </message>
    <message>
        <source>Edit referral</source>
        <translation>Ändra remiss</translation>
    </message>
    <message>
        <source>&amp;Open existing person</source>
        <translation>&amp;Öppna befintlig person</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>&amp;Anonymous participant</source>
        <translation>&amp;Anonym deltagare</translation>
    </message>
    <message>
        <source>Without consent the participant is registered anonymously: pseudonym, sex and birth year, nothing that identifies them.</source>
        <translation>Utan samtycke registreras deltagaren anonymt: pseudonym, kön och födelseår, inget som identifierar personen.</translation>
    </message>
    <message>
        <source>&amp;Protected identity (skyddad identitet)</source>
        <translation>Sk&amp;yddad identitet</translation>
    </message>
    <message>
        <source>A participant with protected identity is always registered anonymously: only pseudonym, sex and birth year are stored.</source>
        <translation>En deltagare med skyddad identitet registreras alltid anonymt: bara pseudonym, kön och födelseår sparas.</translation>
    </message>
    <message>
        <source>Person&amp;nummer / samordningsnummer</source>
        <translation>&amp;Personnummer / samordningsnummer</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>&amp;Kön</translation>
    </message>
    <message>
        <source>Birth &amp;year</source>
        <translation>Födelse&amp;år</translation>
    </message>
    <message>
        <source>The association&apos;s own participant number (optional).</source>
        <translation>Förbundets eget deltagarnummer (frivilligt).</translation>
    </message>
    <message>
        <source>&amp;Deltagarnummer</source>
        <translation>&amp;Deltagarnummer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Home &amp;kommun</source>
        <translation>&amp;Hemkommun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Samordningsnummer</source>
        <translation>Samordningsnummer</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Pro&amp;gramme</source>
        <translation>&amp;Insats</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>Remiss &amp;mottagen</translation>
    </message>
    <message>
        <source>Referred &amp;by</source>
        <translation>&amp;Remittent</translation>
    </message>
    <message>
        <source>Ot&amp;her actors</source>
        <translation>A&amp;ndra aktörer</translation>
    </message>
    <message>
        <source>Referring offi&amp;cer</source>
        <translation>Remitterande hand&amp;läggare</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Orsak till remiss</translation>
    </message>
    <message>
        <source>&amp;Intake decision</source>
        <translation>Inta&amp;gsbeslut</translation>
    </message>
    <message>
        <source>Decision da&amp;te</source>
        <translation>&amp;Beslutsdatum</translation>
    </message>
    <message>
        <source>First &amp;meeting</source>
        <translation>Första mö&amp;te</translation>
    </message>
    <message>
        <source>No person with personnummer %1 was found.</source>
        <translation>Ingen person med personnummer %1 hittades.</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::ReportBrowser</name>
    <message>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>P&amp;art:</source>
        <translation>De&amp;l:</translation>
    </message>
    <message>
        <source>Chart &amp;type:</source>
        <translation>Diagram&amp;typ:</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Staplar</translation>
    </message>
    <message>
        <source>Stacked bars</source>
        <translation>Staplade staplar</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>Cirkeldiagram</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <source>2025, 2025Q3, 2025T2, 2025H1, 2025-03</source>
        <translation>2025, 2025Q3, 2025T2, 2025H1, 2025-03</translation>
    </message>
    <message>
        <source>Empty: the programmes&apos; whole life up to the cut-off date.</source>
        <translation>Tomt: insatsernas hela livstid fram till brytdatum.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Nothing dated after this day is counted.</source>
        <translation>Inget som är daterat efter denna dag räknas.</translation>
    </message>
    <message>
        <source>C&amp;ut-off date:</source>
        <translation>&amp;Brytdatum:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>&amp;Insats:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Referring actor</source>
        <translation>Remittent</translation>
    </message>
    <message>
        <source>S&amp;eries:</source>
        <translation>S&amp;erie:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Counts above 0 and below this number are shown as &lt;N.</source>
        <translation>Antal över 0 och under detta tal visas som &lt;N.</translation>
    </message>
    <message>
        <source>&amp;Hide counts below:</source>
        <translation>&amp;Dölj antal under:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Open a register to run reports.</source>
        <translation>Öppna ett register för att ta fram rapporter.</translation>
    </message>
    <message>
        <source>Period: %1 – %2.</source>
        <translation>Period: %1 – %2.</translation>
    </message>
    <message>
        <source>Counts below %1 are not shown (&lt;%1), nor a count from which they could be worked out.</source>
        <translation>Antal under %1 visas inte (&lt;%1), inte heller ett antal som de skulle kunna räknas fram ur.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Det gick inte att skriva %1.</translation>
    </message>
    <message>
        <source>&amp;Quarterly report…</source>
        <translation>&amp;Kvartalsrapport…</translation>
    </message>
    <message>
        <source>A PDF with a cover, key figures and the chosen reports.</source>
        <translation>En PDF med försättsblad, nyckeltal och de valda rapporterna.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportera</translation>
    </message>
    <message>
        <source>Table as &amp;CSV (Excel)…</source>
        <translation>Tabellen som &amp;CSV (Excel)…</translation>
    </message>
    <message>
        <source>Table as &amp;XLSX…</source>
        <translation>Tabellen som &amp;XLSX…</translation>
    </message>
    <message>
        <source>Table as &amp;JSON…</source>
        <translation>Tabellen som &amp;JSON…</translation>
    </message>
    <message>
        <source>Report as &amp;PDF…</source>
        <translation>Rapporten som &amp;PDF…</translation>
    </message>
    <message>
        <source>Chart as P&amp;NG…</source>
        <translation>Diagrammet som P&amp;NG…</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation>Diagrammet som &amp;SVG…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P).</source>
        <translation>Skriv ut rapporten (Ctrl+P).</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Skriv ut %1</translation>
    </message>
    <message>
        <source>Imported statistics are shown as a table of their own, with their source, never added to the participants.</source>
        <translation>Importerad statistik visas i en egen tabell med sin källa och räknas aldrig ihop med deltagarna.</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Underlag:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 values</source>
        <translation>%1, %2 värden</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::ReportChart</name>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Could not write the picture %1.</source>
        <translation>Bilden %1 kunde inte sparas.</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::ReportTableModel</name>
    <message>
        <source>&lt;%1</source>
        <translation>&lt;%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::RetentionDialog</name>
    <message>
        <source>Retention (gallring)</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Retention policy per programme</source>
        <translation>Gallringsregel per insats</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Years after exit</source>
        <translation>År efter avslut</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Retention policies</source>
        <translation>Gallringsregler</translation>
    </message>
    <message>
        <source>A participant&apos;s identity and free texts are removed the given number of whole years after the end of the last programme they took part in. A programme without a policy keeps its participants.</source>
        <translation>En deltagares identitet och fritexter tas bort det angivna antalet hela år efter slutet av den senaste insats deltagaren var med i. En insats utan gallringsregel behåller sina deltagare.</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>Ingen regel</translation>
    </message>
    <message>
        <source>Whole years after the end (%1 to %2); &quot;No policy&quot; removes the programme&apos;s policy.</source>
        <translation>Hela år efter slutet (%1 till %2); &quot;Ingen regel&quot; tar bort insatsens gallringsregel.</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>&amp;Spara regel</translation>
    </message>
    <message>
        <source>&amp;Years after exit:</source>
        <translation>&amp;År efter avslut:</translation>
    </message>
    <message>
        <source>&amp;Programmes:</source>
        <translation>&amp;Insatser:</translation>
    </message>
    <message>
        <source>Due for anonymisation</source>
        <translation>Ska anonymiseras</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Last end</source>
        <translation>Senaste slut</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Gallras från</translation>
    </message>
    <message>
        <source>Free texts</source>
        <translation>Fritexter</translation>
    </message>
    <message>
        <source>Participants due</source>
        <translation>Deltagare att gallra</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <source>List the participants whose identity may be removed today</source>
        <translation>Lista de deltagare vars identitet får tas bort i dag</translation>
    </message>
    <message>
        <source>Participants &amp;due:</source>
        <translation>&amp;Deltagare att gallra:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>No participant is due for anonymisation on %1.</source>
        <translation>Ingen deltagare ska anonymiseras %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) due for anonymisation on %1.</source>
        <translation>
            <numerusform>%n deltagare ska anonymiseras %1.</numerusform>
            <numerusform>%n deltagare ska anonymiseras %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Anonymise %n participant(s)…</source>
        <translation>
            <numerusform>&amp;Anonymisera %n deltagare…</numerusform>
            <numerusform>&amp;Anonymisera %n deltagare…</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise participants</source>
        <translation>Anonymisera deltagare</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n participant(s) now?</source>
        <translation>
            <numerusform>Anonymisera %n deltagare nu?</numerusform>
            <numerusform>Anonymisera %n deltagare nu?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their personnummer, names, participant keys, birth dates and all free texts are removed for good. Sex, birth year, kommun, dates and codes are kept, so the statistics stay correct. Each participant is checked again before the identity is removed.

This cannot be undone.</source>
        <translation>Deras personnummer, namn, deltagarnycklar, födelsedatum och alla fritexter tas bort för gott. Kön, födelseår, kommun, datum och koder behålls, så att statistiken förblir korrekt. Varje deltagare kontrolleras igen innan identiteten tas bort.

Det går inte att ångra.</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymisera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Removing identities…</source>
        <translation>Tar bort identiteter…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;toppa</translation>
    </message>
    <message>
        <source>Stopped. Anonymised: %1. Skipped (no longer due or already anonymised): %2.</source>
        <translation>Stoppad. Anonymiserade: %1. Hoppade över (inte längre aktuella eller redan anonymiserade): %2.</translation>
    </message>
    <message>
        <source>Anonymised: %1. Skipped (no longer due or already anonymised): %2.</source>
        <translation>Anonymiserade: %1. Hoppade över (inte längre aktuella eller redan anonymiserade): %2.</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Följsam starts.</source>
        <translation>Ett nytt språk gäller från nästa gång Följsam startas.</translation>
    </message>
    <message>
        <source>Your user name in the register: &quot;Only mine&quot; and &quot;My participants&quot; show the participants you are coach for.</source>
        <translation>Ditt användarnamn i registret: &quot;Bara mina&quot; och &quot;Mina deltagare&quot; visar de deltagare som du är coach för.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>To do list</source>
        <translation>Att göra-listan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>&amp;Referral without decision after:</source>
        <translation>&amp;Remiss utan beslut efter:</translation>
    </message>
    <message>
        <source>No action &amp;plan after:</source>
        <translation>Ingen hand&amp;lingsplan efter:</translation>
    </message>
    <message>
        <source>No &amp;contact for:</source>
        <translation>Ingen &amp;kontakt på:</translation>
    </message>
    <message>
        <source>Follow-up about to be &amp;missed within:</source>
        <translation>Uppföljning riskerar att &amp;missas inom:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuter</translation>
    </message>
    <message>
        <source>When a register has accounts, the window hides the register and asks for the password again after this time without input.</source>
        <translation>När ett register har konton döljer fönstret registret och frågar efter lösenordet igen efter så här lång tid utan aktivitet.</translation>
    </message>
    <message>
        <source>Lock the window &amp;after:</source>
        <translation>Lås fönstret &amp;efter:</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::SurveyEditDialog</name>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Ett val</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Flera val</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Fritext</translation>
    </message>
    <message>
        <source>Survey %1</source>
        <translation>Enkät %1</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>Ny enkät</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>Names the survey across its versions, in imports and in the report: a-z, 0-9 and _. Cannot be changed once saved.</source>
        <translation>Namnger enkäten genom alla dess versioner, i import och i rapporten: a–z, 0–9 och _. Kan inte ändras när enkäten har sparats.</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>Ny&amp;ckel</translation>
    </message>
    <message>
        <source>At the exit</source>
        <translation>Vid avslut</translation>
    </message>
    <message>
        <source>At the follow-ups 6 and 12 months after the exit</source>
        <translation>Vid uppföljningarna 6 och 12 månader efter avslut</translation>
    </message>
    <message>
        <source>&amp;Occasion</source>
        <translation>&amp;Tillfälle</translation>
    </message>
    <message>
        <source>O&amp;ffered in the exit and follow-up dialogs</source>
        <translation>&amp;Erbjuds i avslutsdialogen och uppföljningsdialogen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Lägg till fråga</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Upp</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>N&amp;ed</translation>
    </message>
    <message>
        <source>Kin&amp;d</source>
        <translation>So&amp;rt</translation>
    </message>
    <message>
        <source>Lines up the question&apos;s answers across the survey&apos;s versions (e.g. E1). Left empty, the register gives one.</source>
        <translation>Håller ihop frågans svar genom enkätens versioner (t.ex. E1). Lämnas den tom ger registret en.</translation>
    </message>
    <message>
        <source>Question &amp;key</source>
        <translation>Frå&amp;genyckel</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Fråga</translation>
    </message>
    <message>
        <source>Scale &amp;points</source>
        <translation>&amp;Antal steg</translation>
    </message>
    <message>
        <source>Label of &amp;1</source>
        <translation>Text vid &amp;1</translation>
    </message>
    <message>
        <source>Label of the &amp;highest</source>
        <translation>Text vid &amp;högsta</translation>
    </message>
    <message>
        <source>One answer per line</source>
        <translation>Ett svarsalternativ per rad</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>S&amp;varsalternativ</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::SurveyResponseDialog</name>
    <message>
        <source>At the exit</source>
        <translation>Vid avslutet</translation>
    </message>
    <message>
        <source>At the %1-month follow-up</source>
        <translation>Vid uppföljningen efter %1 månader</translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation>Enkätsvar</translation>
    </message>
    <message>
        <source>&amp;Survey</source>
        <translation>&amp;Enkät</translation>
    </message>
    <message>
        <source>&amp;Occasion</source>
        <translation>&amp;Tillfälle</translation>
    </message>
    <message>
        <source>&amp;Answered on</source>
        <translation>&amp;Besvarad den</translation>
    </message>
    <message>
        <source>Entered from a &amp;paper form</source>
        <translation>Inskriven från &amp;pappersenkät</translation>
    </message>
    <message>
        <source>In a question: a digit picks that answer, 0 leaves it unanswered, Enter moves to the next question.</source>
        <translation>I en fråga: en siffra väljer det svaret, 0 lämnar frågan obesvarad, Enter går till nästa fråga.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Tick every answer that applies.</source>
        <translation>Kryssa för alla svar som stämmer.</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::SurveysDialog</name>
    <message>
        <source>At the exit</source>
        <translation>Vid avslut</translation>
    </message>
    <message>
        <source>At the follow-ups (6 and 12 months)</source>
        <translation>Vid uppföljningarna (6 och 12 månader)</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Enkäter</translation>
    </message>
    <message>
        <source>The questionnaires participants answer at the exit and at the follow-ups. The exit and follow-up dialogs offer the surveys marked as offered. Templates are read only: copy one to adapt it. A change is saved as a new version; answered questionnaires keep the version they answered.</source>
        <translation>Enkäterna som deltagarna besvarar vid avslut och vid uppföljningarna. Avslutsdialogen och uppföljningsdialogen erbjuder de enkäter som är markerade att erbjudas. Mallarna kan inte ändras: kopiera en för att anpassa den. En ändring sparas som en ny version; besvarade enkäter behåller den version de besvarade.</translation>
    </message>
    <message>
        <source>Filter by name or key…</source>
        <translation>Filtrera på namn eller nyckel…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Tillfälle</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Erbjuds</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>&amp;New survey…</source>
        <translation>&amp;Ny enkät…</translation>
    </message>
    <message>
        <source>&amp;Copy…</source>
        <translation>&amp;Kopiera…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Än&amp;dra…</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Erbjud</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Egen</translation>
    </message>
    <message>
        <source>Stop &amp;offering</source>
        <translation>Sluta &amp;erbjuda</translation>
    </message>
    <message>
        <source>A template is read only: copy it to adapt it.</source>
        <translation>En mall kan inte ändras: kopiera den för att anpassa den.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopia av %1</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Följsam</source>
        <translation>Välkommen till Följsam</translation>
    </message>
    <message>
        <source>Where the new register is saved</source>
        <translation>Var det nya registret sparas</translation>
    </message>
    <message>
        <source>Följsam registers (*.foljsam);;All files (*)</source>
        <translation>Följsam-register (*.foljsam);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Create the register</source>
        <translation>&amp;Skapa registret</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Följsam&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Välkommen till Följsam&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Följsam keeps the förbund&apos;s follow-up of participants: referrals, enrollments, action plans, contacts, exits and the follow-ups after 6 and 12 months, and makes the reports from them. To begin, choose a register to work in.</source>
        <translation>Följsam håller förbundets uppföljning av deltagare: remisser, inskrivningar, handlingsplaner, kontakter, avslut och uppföljningarna efter 6 och 12 månader, och tar fram rapporterna ur dem. Börja med att välja ett register att arbeta i.</translation>
    </message>
    <message>
        <source>&amp;New register</source>
        <translation>&amp;Nytt register</translation>
    </message>
    <message>
        <source>For a förbund that starts using Följsam: a register file on this computer with the förbund, its member kommuner and its first programme.</source>
        <translation>För ett förbund som börjar använda Följsam: en registerfil på den här datorn med förbundet, dess medlemskommuner och dess första insats.</translation>
    </message>
    <message>
        <source>&amp;Open a register file</source>
        <translation>&amp;Öppna en registerfil</translation>
    </message>
    <message>
        <source>A register file that already exists (.foljsam).</source>
        <translation>En registerfil som redan finns (.foljsam).</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared register</source>
        <translation>Anslut till ett delat register på en &amp;server</translation>
    </message>
    <message>
        <source>When the förbund keeps one register on a PostgreSQL server for everyone who works in it. Your IT department gives the details.</source>
        <translation>När förbundet har ett gemensamt register på en PostgreSQL-server för alla som arbetar i det. Uppgifterna får du av IT-avdelningen.</translation>
    </message>
    <message>
        <source>Try the &amp;demo register</source>
        <translation>Prova &amp;demoregistret</translation>
    </message>
    <message>
        <source>Made-up participants to try Följsam on. Nothing in it concerns a real person.</source>
        <translation>Påhittade deltagare att prova Följsam på. Inget i det gäller en verklig person.</translation>
    </message>
    <message>
        <source>Used &amp;lately (Enter opens):</source>
        <translation>Senast &amp;använda (Enter öppnar):</translation>
    </message>
    <message>
        <source>&lt;h3&gt;New register&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Nytt register&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>The register is one file. Keep it on this computer (or a disk only you use): for a register that several people share, ask for one on a PostgreSQL server instead.</source>
        <translation>Registret är en fil. Ha den på den här datorn (eller en disk som bara du använder): för ett register som flera delar, be i stället om ett på en PostgreSQL-server.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>e.g. Samordningsförbundet Sydväst</source>
        <translation>t.ex. Samordningsförbundet Sydväst</translation>
    </message>
    <message>
        <source>e.g. Steget vidare</source>
        <translation>t.ex. Steget vidare</translation>
    </message>
    <message>
        <source>Register &amp;file:</source>
        <translation>&amp;Registerfil:</translation>
    </message>
    <message>
        <source>&amp;Förbund:</source>
        <translation>&amp;Förbund:</translation>
    </message>
    <message>
        <source>Member &amp;kommuner:</source>
        <translation>Medlems&amp;kommuner:</translation>
    </message>
    <message>
        <source>First &amp;programme:</source>
        <translation>Första &amp;insatsen:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Nytt register</translation>
    </message>
    <message>
        <source>Programme &amp;starts (optional):</source>
        <translation>Insatsen st&amp;artar (valfritt):</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::WorklistModel</name>
    <message>
        <source>The follow-up can be made until %1</source>
        <translation>Uppföljningen kan göras till och med %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Stänger</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dagar över tiden</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::WorklistView</name>
    <message>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>&amp;Only mine</source>
        <translation>&amp;Bara mina</translation>
    </message>
    <message>
        <source>Show only the participants you are coach for</source>
        <translation>Visa bara deltagare som du är coach för</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Handlingsplaner</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Vi&amp;sa:</translation>
    </message>
    <message>
        <source>Search participant</source>
        <translation>Sök deltagare</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Sö&amp;k:</translation>
    </message>
    <message>
        <source>Enter or double click opens the participant</source>
        <translation>Enter eller dubbelklick öppnar deltagaren</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Inget register är öppet.</translation>
    </message>
    <message>
        <source>Nothing to do: none of your participants is waiting for anything.</source>
        <translation>Inget att göra: ingen av dina deltagare väntar på något.</translation>
    </message>
    <message>
        <source>Nothing to do: no referral, action plan, contact or follow-up is waiting.</source>
        <translation>Inget att göra: ingen remiss, handlingsplan, kontakt eller uppföljning väntar.</translation>
    </message>
    <message>
        <source>No item matches the filter.</source>
        <translation>Inget matchar filtret.</translation>
    </message>
</context>
<context>
    <name>foljsam::ui::Workspace</name>
    <message>
        <source>New participant and referral</source>
        <translation>ny deltagare och remiss</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>ny remiss</translation>
    </message>
    <message>
        <source>Change referral</source>
        <translation>ändring av remiss</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>inskrivning</translation>
    </message>
    <message>
        <source>Change enrollment</source>
        <translation>ändring av inskrivning</translation>
    </message>
    <message>
        <source>New action plan version</source>
        <translation>ny version av handlingsplan</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>ny kontakt</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Change contact</source>
        <translation>ändring av kontakt</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>avslut</translation>
    </message>
    <message>
        <source>Undo exit</source>
        <translation>ångrat avslut</translation>
    </message>
    <message>
        <source>A follow-up is made after the exit; record the exit first.</source>
        <translation>En uppföljning görs efter avslutet; registrera avslutet först.</translation>
    </message>
    <message>
        <source>%1-month follow-up</source>
        <translation>%1-månadersuppföljning</translation>
    </message>
    <message>
        <source>New journal note</source>
        <translation>ny journalanteckning</translation>
    </message>
    <message>
        <source>The withdrawal of consent was not recorded. Clear its date to save the other changes, or cancel.</source>
        <translation>Återkallelsen av samtycket registrerades inte. Töm datumet för att spara de andra ändringarna, eller avbryt.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <source>Record that %1 withdrew the consent on %2?</source>
        <translation>Registrera att %1 återkallade samtycket %2?</translation>
    </message>
    <message>
        <source>The participant&apos;s personnummer, name, participant key, birth date and all free texts (referral reason, plan notes and goals, activity providers, contact and journal notes) are removed for good. Sex, birth year, kommun, dates and codes are kept, so the statistics stay correct.

This cannot be undone.</source>
        <translation>Deltagarens personnummer, namn, deltagarnyckel, födelsedatum och alla fritexter (remissorsak, anteckningar och mål i planen, anordnare av aktiviteter, kontakt- och journalanteckningar) tas bort för gott. Kön, födelseår, kommun, datum och koder behålls, så att statistiken förblir korrekt.

Det går inte att ångra.</translation>
    </message>
    <message>
        <source>&amp;Withdraw and remove identity</source>
        <translation>&amp;Återkalla och ta bort identiteten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>A questionnaire is answered at the exit or at a follow-up after it; record the exit first.</source>
        <translation>En enkät besvaras vid avslutet eller vid en uppföljning efter det; registrera avslutet först.</translation>
    </message>
    <message>
        <source>There is no survey in the register yet. A samordnare sets one up under Edit → Surveys.</source>
        <translation>Det finns ingen enkät i registret ännu. En samordnare lägger upp en under Redigera → Enkäter.</translation>
    </message>
    <message>
        <source>No survey is offered for this occasion. A samordnare chooses the surveys offered under Edit → Surveys.</source>
        <translation>Ingen enkät erbjuds vid det här tillfället. En samordnare väljer vilka enkäter som erbjuds under Redigera → Enkäter.</translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation>Enkätsvar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Follow-up of participants in programmes of a samordningsförbund.</source>
        <translation>Uppföljning av deltagare i insatser inom ett samordningsförbund.</translation>
    </message>
    <message>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <source>The register file to open.</source>
        <translation>Registerfilen som ska öppnas.</translation>
    </message>
    <message>
        <source>[register]</source>
        <translation>[register]</translation>
    </message>
    <message>
        <source>Work as this user (coach) in this session.</source>
        <translation>Arbeta som den här användaren (coach) under sessionen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>Save pictures of the main screens and quit.</source>
        <translation>Spara bilder av huvudskärmarna och avsluta.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>mapp</translation>
    </message>
</context>
</TS>

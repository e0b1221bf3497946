-- Code lists shipped with the program (spec/codelists.md): codes, Swedish labels, sort order,
-- groups, flags and the import aliases. A förbund may add, relabel, reorder and deactivate codes.

INSERT INTO code_list (list_id, label) VALUES ('KON', 'kön');
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('KON', 'K', 'Kvinna', 10, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('KON', 'M', 'Man', 20, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('KON', 'X', 'Annat / uppgift saknas', 30, NULL, 0, 0, 0);

INSERT INTO code_list (list_id, label) VALUES ('AKTOR', 'part, remittent, myndighet');
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTOR', 'SOC', 'Socialtjänsten (kommun)', 10, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTOR', 'FK', 'Försäkringskassan', 20, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTOR', 'AF', 'Arbetsförmedlingen', 30, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTOR', 'REG', 'Regionen (hälso- och sjukvård)', 40, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTOR', 'AME', 'Kommunens arbetsmarknadsenhet', 50, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTOR', 'SKOLA', 'Skola / KAA', 60, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTOR', 'EGEN', 'Egenanmälan', 70, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTOR', 'ANNAN', 'Annan', 80, NULL, 0, 0, 0);

INSERT INTO code_list (list_id, label) VALUES ('INTAGSBESLUT', 'beslut om remiss');
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('INTAGSBESLUT', 'INSKRIVEN', 'Inskriven', 10, NULL, 0, 0, 1);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('INTAGSBESLUT', 'ANNAN_ATGARD', 'Annan åtgärd först', 20, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('INTAGSBESLUT', 'FELREMITTERAD', 'Felremitterad (ej målgrupp)', 30, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('INTAGSBESLUT', 'AVBOJT', 'Avböjt av individen', 40, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('INTAGSBESLUT', 'VANTAR', 'Väntar på beslut', 50, NULL, 0, 0, 0);

INSERT INTO code_list (list_id, label) VALUES ('STOD_FORE', 'tid med stöd från myndighet före start');
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('STOD_FORE', 'LT1', 'Mindre än 1 år', 10, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('STOD_FORE', 'Y1', '1 år', 20, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('STOD_FORE', 'Y2', '2 år', 30, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('STOD_FORE', 'Y3', '3 år', 40, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('STOD_FORE', 'Y4', '4 år', 50, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('STOD_FORE', 'Y5', '5 år', 60, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('STOD_FORE', 'GT5', 'Mer än 5 år', 70, NULL, 0, 0, 0);

INSERT INTO code_list (list_id, label) VALUES ('FORSORJNING', 'försörjningskälla');
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('FORSORJNING', 'LON', 'Lön från arbete', 10, 'ARBETE', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('FORSORJNING', 'SUBV', 'Lön med subvention (lönebidrag, nystartsjobb, OSA)', 20, 'ARBETE', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('FORSORJNING', 'FORETAG', 'Eget företag', 30, 'ARBETE', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('FORSORJNING', 'STUDIEMEDEL', 'Studiemedel / studiestöd (CSN)', 40, 'STUDIER', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('FORSORJNING', 'FS', 'Försörjningsstöd (ekonomiskt bistånd)', 50, 'EKONOMISKT_BISTAND', 0, 1, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('FORSORJNING', 'SP', 'Sjukpenning / rehabiliteringspenning', 60, 'OHALSA', 0, 1, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('FORSORJNING', 'AE', 'Aktivitetsersättning', 70, 'OHALSA', 0, 1, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('FORSORJNING', 'SE', 'Sjukersättning', 80, 'OHALSA', 0, 1, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('FORSORJNING', 'AKASSA', 'Arbetslöshetsersättning (a-kassa)', 90, 'ARBETSMARKNADSSTOD', 0, 1, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('FORSORJNING', 'AS', 'Aktivitetsstöd / utvecklingsersättning', 100, 'ARBETSMARKNADSSTOD', 0, 1, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('FORSORJNING', 'ETABL', 'Etableringsersättning', 110, 'ARBETSMARKNADSSTOD', 0, 1, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('FORSORJNING', 'FORALDRAR', 'Föräldrapenning', 120, 'OVRIGT', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('FORSORJNING', 'PENSION', 'Pension', 130, 'OVRIGT', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('FORSORJNING', 'ANHORIG', 'Försörjd av anhörig / sambo', 140, 'OVRIGT', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('FORSORJNING', 'INGEN', 'Ingen inkomst', 150, 'OVRIGT', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('FORSORJNING', 'OKAND', 'Uppgift saknas', 160, 'OKAND', 0, 0, 0);

INSERT INTO code_list (list_id, label) VALUES ('SYSSELSATTNING', 'sysselsättning (SUS före/efter)');
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('SYSSELSATTNING', 'ARBETE', 'Förvärvsarbete', 10, 'FORVARVSARBETE', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('SYSSELSATTNING', 'SUBV_ARBETE', 'Subventionerat arbete', 20, 'FORVARVSARBETE', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('SYSSELSATTNING', 'STUDIER', 'Studier (inkl. arbetsmarknadsutbildning)', 30, 'STUDIER', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('SYSSELSATTNING', 'ARBETSSOKANDE', 'Aktivt arbetssökande', 40, 'ARBETSSOKANDE', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('SYSSELSATTNING', 'ARBETSTRANING', 'Arbetsträning / praktik', 50, 'OVRIGA', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('SYSSELSATTNING', 'DAGLIG_VERKSAMHET', 'Daglig verksamhet', 60, 'OVRIGA', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('SYSSELSATTNING', 'SJUKSKRIVEN', 'Sjukskriven, arbetar ej', 70, 'OVRIGA', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('SYSSELSATTNING', 'INGEN', 'Ingen sysselsättning', 80, 'OVRIGA', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('SYSSELSATTNING', 'OKAND', 'Uppgift saknas', 90, 'OKAND', 0, 0, 0);

INSERT INTO code_list (list_id, label) VALUES ('UTBILDNING', 'högsta utbildningsnivå');
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('UTBILDNING', 'FORGYMN_KORT', 'Förgymnasial kortare än 9 år', 10, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('UTBILDNING', 'FORGYMN', 'Förgymnasial 9 (10) år', 20, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('UTBILDNING', 'GYMN', 'Gymnasial', 30, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('UTBILDNING', 'EFTERGYMN_KORT', 'Eftergymnasial kortare än 3 år', 40, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('UTBILDNING', 'EFTERGYMN_LANG', 'Eftergymnasial 3 år eller längre', 50, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('UTBILDNING', 'OKAND', 'Uppgift saknas', 60, NULL, 0, 0, 0);

INSERT INTO code_list (list_id, label) VALUES ('AVSLUTSORSAK', 'avslutsorsak / avslutad till');
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'ARBETE', 'Arbete', 10, 'ARBETE', 1, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'NYSTARTSJOBB', 'Nystartsjobb', 20, 'ARBETE', 1, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'SUBV_ARBETE', 'Arbete med stöd (lönebidrag m.m.)', 30, 'ARBETE', 1, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'OSA', 'Offentligt skyddat arbete (OSA)', 40, 'ARBETE', 1, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'ARBETE_STUDIER', 'Arbete och studier', 50, 'ARBETE', 1, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'STUDIER', 'Studier', 60, 'STUDIER', 1, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'CSN', 'Studier med studiemedel (CSN)', 70, 'STUDIER', 1, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'MOT_ARBETE', 'Annat projekt / åtgärd mot arbete', 80, 'ANNAN_ATGARD', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'MOT_STUDIER', 'Åtgärd mot studier', 90, 'ANNAN_ATGARD', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'ANNAN_ATGARD', 'Annan åtgärd', 100, 'ANNAN_ATGARD', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'ATERGANG', 'Återgått till remittent', 110, 'ANNAN_ATGARD', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'FK', 'Ersättning från Försäkringskassan', 120, 'OVRIGT', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'SAMBO', 'Sammanboende / försörjd av annan', 130, 'OVRIGT', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'FLYTT', 'Flytt till annan kommun', 140, 'OVRIGT', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'SJUKDOM', 'Sjukdom / ohälsa', 150, 'OVRIGT', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'AVLIDEN', 'Avliden', 160, 'OVRIGT', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'EJ_SOKT', 'Ej sökt / upphört att söka', 170, 'AVBROTT', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'AVBROTT', 'Avbrutit', 180, 'AVBROTT', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'INGEN_ATGARD', 'Ingen åtgärd', 190, 'OVRIGT', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'OVRIGT', 'Övrigt', 200, 'OVRIGT', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AVSLUTSORSAK', 'FELREG', 'Felregistrering', 210, 'EXCLUDED', 0, 0, 0);

INSERT INTO code_list (list_id, label) VALUES ('UPPFOLJNINGSSTATUS', 'status vid uppföljning 6/12 mån');
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('UPPFOLJNINGSSTATUS', 'ARBETE', 'Arbete', 10, 'ARBETE', 1, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('UPPFOLJNINGSSTATUS', 'SUBV_ARBETE', 'Arbete med stöd', 20, 'ARBETE', 1, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('UPPFOLJNINGSSTATUS', 'STUDIER', 'Studier', 30, 'STUDIER', 1, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('UPPFOLJNINGSSTATUS', 'ANNAN_ATGARD', 'Annan åtgärd', 40, 'ANNAN_ATGARD', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('UPPFOLJNINGSSTATUS', 'FLYTTAT', 'Flyttat', 50, 'OVRIGT', 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('UPPFOLJNINGSSTATUS', 'INGEN_ATGARD', 'Ingen åtgärd', 60, 'OVRIGT', 0, 0, 0);

INSERT INTO code_list (list_id, label) VALUES ('UPPFOLJNINGSSATT', 'hur uppföljningen gjordes');
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('UPPFOLJNINGSSATT', 'TELEFON', 'Telefon', 10, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('UPPFOLJNINGSSATT', 'BREV', 'Brev / postenkät', 20, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('UPPFOLJNINGSSATT', 'BESOK', 'Besök', 30, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('UPPFOLJNINGSSATT', 'WEBB', 'Webbenkät', 40, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('UPPFOLJNINGSSATT', 'HANDLAGGARE', 'Via handläggare', 50, NULL, 0, 0, 0);

INSERT INTO code_list (list_id, label) VALUES ('SVAR', 'utfall av uppföljningsförsöket');
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('SVAR', 'SVARAT', 'Svarat', 10, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('SVAR', 'EJ_NADD', 'Ej nådd', 20, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('SVAR', 'AVBOJT', 'Avböjt', 30, NULL, 0, 0, 0);

INSERT INTO code_list (list_id, label) VALUES ('KONTAKTTYP', 'kontakttyp');
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('KONTAKTTYP', 'ENSKILT', 'Enskilt samtal', 10, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('KONTAKTTYP', 'FLERPART', 'Flerpartssamtal', 20, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('KONTAKTTYP', 'TELEFON', 'Telefon', 30, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('KONTAKTTYP', 'DIGITALT', 'Digitalt möte', 40, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('KONTAKTTYP', 'HEMBESOK', 'Hembesök', 50, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('KONTAKTTYP', 'GRUPP', 'Gruppaktivitet', 60, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('KONTAKTTYP', 'ARBETSPLATS', 'Besök på arbetsplats', 70, NULL, 0, 0, 0);

INSERT INTO code_list (list_id, label) VALUES ('AKTIVITETSTYP', 'aktivitetstyp');
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTIVITETSTYP', 'KARTLAGGNING', 'Kartläggning', 10, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTIVITETSTYP', 'ARBETSTRANING', 'Arbetsträning', 20, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTIVITETSTYP', 'PRAKTIK', 'Praktik', 30, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTIVITETSTYP', 'ARBETSPROVNING', 'Arbetsprövning', 40, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTIVITETSTYP', 'SE', 'Supported Employment / IPS', 50, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTIVITETSTYP', 'STUDIER', 'Studier', 60, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTIVITETSTYP', 'SOCIAL_TRANING', 'Social träning', 70, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTIVITETSTYP', 'MOTIVATION', 'Motiverande insats', 80, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTIVITETSTYP', 'DAGLIG_VERKSAMHET', 'Daglig verksamhet', 90, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTIVITETSTYP', 'VARD', 'Vård / behandling', 100, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTIVITETSTYP', 'GRUPP', 'Gruppverksamhet', 110, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('AKTIVITETSTYP', 'OVRIGT', 'Övrigt', 120, NULL, 0, 0, 0);

INSERT INTO code_list (list_id, label) VALUES ('MALSTATUS', 'status för mål i handlingsplan');
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('MALSTATUS', 'PAGAR', 'Pågår', 10, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('MALSTATUS', 'UPPNATT', 'Uppnått', 20, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('MALSTATUS', 'DELVIS', 'Delvis uppnått', 30, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('MALSTATUS', 'EJ_UPPNATT', 'Ej uppnått', 40, NULL, 0, 0, 0);
INSERT INTO code (list_id, code, label, sort_order, code_group, is_goal, is_public, is_enrolled) VALUES ('MALSTATUS', 'AVBRUTET', 'Avbrutet', 50, NULL, 0, 0, 0);

INSERT INTO code_alias (list_id, alias, code) VALUES ('AKTOR', 'soc', 'SOC');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AKTOR', 'kommun', 'SOC');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AKTOR', 'socialförvaltningen', 'SOC');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AKTOR', 'fk', 'FK');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AKTOR', 'af', 'AF');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AKTOR', 'la', 'REG');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AKTOR', 'landsting', 'REG');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AKTOR', 'landstinget', 'REG');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AKTOR', 'region', 'REG');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AKTOR', 'primärvården', 'REG');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AKTOR', 'psykiatrin', 'REG');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AKTOR', 'vc', 'REG');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AVSLUTSORSAK', 'arbete', 'ARBETE');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AVSLUTSORSAK', 'arbete/bidrag', 'SUBV_ARBETE');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AVSLUTSORSAK', 'arbete/studie', 'ARBETE_STUDIER');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AVSLUTSORSAK', 'arbete/studier', 'ARBETE_STUDIER');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AVSLUTSORSAK', 'studier', 'STUDIER');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AVSLUTSORSAK', 'annat proj/arbet mot arbete', 'MOT_ARBETE');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AVSLUTSORSAK', 'mot studier ht', 'MOT_STUDIER');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AVSLUTSORSAK', 'annan åtgärd', 'ANNAN_ATGARD');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AVSLUTSORSAK', 'försäkringskassan', 'FK');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AVSLUTSORSAK', 'sammanboende', 'SAMBO');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AVSLUTSORSAK', 'flytt', 'FLYTT');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AVSLUTSORSAK', 'flyttat', 'FLYTT');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AVSLUTSORSAK', 'ej sökt', 'EJ_SOKT');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AVSLUTSORSAK', 'avbrutit', 'AVBROTT');
INSERT INTO code_alias (list_id, alias, code) VALUES ('AVSLUTSORSAK', 'ingen åtgärd', 'INGEN_ATGARD');

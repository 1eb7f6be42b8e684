// Occupations and other describing nouns written capitalised before a person's name ("Striker Tomas
// Rand", "Playwright Ana Sorel", "Suspect Ivo Marsh"). They are not titles (TITLES in lexicon.ts: those
// strip before any name), so they are stripped only before a full name (two capitalised words), or
// before a single name when the text also writes the word in lower case ("the driver").
// Words that are common given names ("Hunter", "Mason", "Chase", "Carter") are left out on purpose.
export const ROLE_WORDS = new Set([
  // sport
  'skipper', 'referee', 'umpire', 'forward', 'playmaker', 'frontrunner', 'front-runner', 'sprinter', 'cyclist', 'boxer', 'wrestler',
  'runner', 'swimmer', 'golfer', 'jockey', 'trainer', 'racer', 'climber', 'rower', 'sailor', 'skier', 'fullback', 'full-back',
  'centre-back', 'centre-half', 'substitute', 'rookie', 'debutant', 'footballer', 'cricketer', 'athlete', 'player', 'teammate',
  'allrounder', 'all-rounder', 'batter', 'fly-half', 'scrum-half', 'captain-elect',
  // arts and media
  'journalist', 'reporter', 'photographer', 'filmmaker', 'film-maker', 'writer', 'poet', 'playwright', 'artist', 'painter', 'sculptor',
  'musician', 'drummer', 'guitarist', 'bassist', 'pianist', 'violinist', 'composer', 'conductor', 'producer', 'screenwriter', 'dancer',
  'choreographer', 'designer', 'architect', 'chef', 'blogger', 'vlogger', 'youtuber', 'influencer', 'podcaster', 'columnist', 'commentator',
  'pundit', 'correspondent', 'editor-in-chief', 'socialite', 'celebrity',
  // professions
  'doctor', 'nurse', 'surgeon', 'paramedic', 'midwife', 'pharmacist', 'dentist', 'vet', 'scientist', 'researcher', 'physicist',
  'chemist', 'biologist', 'astronomer', 'engineer', 'lecturer', 'teacher', 'headteacher', 'headmaster', 'headmistress',
  'pilot', 'co-pilot', 'driver', 'firefighter', 'constable', 'solicitor', 'barrister', 'accountant', 'banker', 'investor', 'trader',
  'diplomat', 'negotiator', 'campaigner', 'whistleblower', 'lobbyist', 'strategist', 'adviser', 'advisor', 'consultant', 'spokesman-elect',
  'founder', 'co-founder', 'cofounder', 'owner', 'heir', 'heiress', 'tycoon', 'magnate', 'mogul', 'entrepreneur', 'landlord', 'farmer',
  'councillor', 'councilor', 'alderman', 'lawmaker', 'legislator', 'candidate', 'nominee', 'hopeful', 'frontbencher', 'backbencher',
  'pastor', 'priest', 'vicar', 'monk', 'nun', 'cleric', 'preacher', 'missionary', 'chaplain',
  // people in a story
  'suspect', 'defendant', 'accused', 'prisoner', 'inmate', 'hostage', 'victim', 'survivor', 'witness', 'plaintiff', 'claimant',
  'pensioner', 'teenager', 'student', 'schoolboy', 'schoolgirl', 'grandmother', 'grandfather', 'widow', 'widower', 'mother', 'veteran',
  'fugitive', 'dissident', 'refugee', 'migrant', 'volunteer', 'protester', 'rival', 'newcomer', 'incumbent',
  'challenger', 'defender', 'champion', 'compatriot', 'contender', 'opponent', 'organiser', 'organizer', 'coordinator', 'climatologist',
]);

/**
 * Forty short practices in the corpus's French (titles and summaries written for the tests,
 * some taken from data/practices.json), for index tests that must not depend on the corpus.
 * Two entries share their text on purpose, to test tie-breaking.
 */
export interface FixturePractice {
  id: string;
  title: string;
  summary: string;
}

export const FRENCH_PRACTICES: readonly FixturePractice[] = [
  {
    id: 'damparis-ateliers',
    title: 'Réinventer les ateliers municipaux',
    summary:
      'L’objectif était avant tout l’amélioration des conditions de travail des agents des ateliers municipaux, en co-construisant avec les services la rénovation des ateliers.',
  },
  {
    id: 'saverdun-velos',
    title: "Récup'vélos en liberté",
    summary:
      'La commune récupère des vélos à la déchetterie ; un agent municipal les répare puis ils sont mis en liberté dans la ville pour un usage libre, gratuit et partagé.',
  },
  {
    id: 'velos-libre-service',
    title: 'Des vélos en libre-service',
    summary:
      'Mettre des vélos en libre-service gratuits pour les habitants, entretenus par les services techniques de la ville.',
  },
  {
    id: 'bordeaux-climat-energie',
    title: 'Académie climat énergie',
    summary:
      "Une démarche coconstruite avec les agents pour réaliser des économies d'énergie et d'eau dans les bâtiments publics, qu'il s'agisse d'énergie ou d'eau.",
  },
  {
    id: 'transition-energetique',
    title: 'Transition énergétique',
    summary:
      'La rénovation énergétique des écoles et des gymnases réduit les consommations et la facture énergétique de la commune.',
  },
  {
    id: 'vertou-budget-agents',
    title: 'Le budget participatif des agents',
    summary:
      'Les agents proposent et votent pour des projets améliorant leurs conditions de travail : détente, espace extérieur, centre technique.',
  },
  {
    id: 'caen-reorganisation',
    title: 'Réorganisation participative',
    summary:
      'Une réorganisation des services menée avec la participation des agents et de leurs représentants.',
  },
  {
    id: 'albi-alimentation',
    title: 'Une alimentation de proximité',
    summary:
      'Jardins en ville, potagers dans les écoles et maraîchers installés sur des terrains achetés par la ville pour une alimentation saine et locale.',
  },
  {
    id: 'allauch-reboisement',
    title: 'Les journées de reboisement',
    summary:
      'Chaque année, les habitants et les écoliers plantent des arbres sur les collines brûlées par les incendies.',
  },
  {
    id: 'paris-chaudiere-numerique',
    title: 'La chaudière numérique de la piscine',
    summary:
      "La chaleur des serveurs informatiques chauffe l'eau de la piscine municipale : une énergie récupérée au lieu d'être perdue.",
  },
  {
    id: 'mayenne-medecin',
    title: 'Un médecin traitant pour tous',
    summary:
      'Le service médical de proximité salarie des médecins pour que chaque habitant du département ait un médecin traitant.',
  },
  {
    id: 'belfort-bancs',
    title: 'Des bancs pour les personnes âgées',
    summary:
      'Des bancs installés tous les deux cents mètres pour les personnes âgées et les personnes à mobilité réduite.',
  },
  {
    id: 'angers-stationnement',
    title: 'Dépénalisation du stationnement payant',
    summary:
      "Un modèle prédictif d'aide à la décision pour organiser le contrôle du stationnement payant.",
  },
  {
    id: 'meudon-robotique',
    title: 'La compétition de robotique',
    summary:
      'Une compétition de robotique fait découvrir aux jeunes la culture scientifique et les métiers du numérique.',
  },
  {
    id: 'onet-numerique-seniors',
    title: 'Bien vieillir ensemble grâce au numérique',
    summary:
      "Des ateliers numériques pour les seniors, animés par des jeunes en service civique, contre l'isolement.",
  },
  {
    id: 'puteaux-conge-solidaire',
    title: 'Le congé solidaire',
    summary:
      'Les agents partent en mission humanitaire pour faire don de leurs compétences pendant leurs congés.',
  },
  {
    id: 'lamentin-bonheur-travail',
    title: 'Management bienveillant et bonheur au travail',
    summary:
      'La co-construction du bonheur au travail avec les agents : formation des encadrants, écoute et qualité de vie au travail.',
  },
  {
    id: 'elancourt-jeune-enfant',
    title: "Management bienveillant pour l'accueil du jeune enfant",
    summary:
      'Les équipes des crèches construisent ensemble un management bienveillant au service des familles.',
  },
  {
    id: 'nord-bien-etre',
    title: 'Appel à projets bien-être au travail',
    summary:
      'Le département finance les projets des équipes pour améliorer le bien-être et la qualité de vie au travail des agents.',
  },
  {
    id: 'grand-est-mobilite',
    title: 'Plan de mobilité employeur',
    summary:
      'Covoiturage, vélos de service et télétravail : la région réduit les déplacements en voiture de ses agents.',
  },
  {
    id: 'motos-lycees',
    title: 'Des motos pour les personnels des lycées',
    summary:
      'Des deux-roues électriques mis à disposition des agents des lycées et collèges pour leurs trajets.',
  },
  {
    id: 'clichy-sapin',
    title: 'Le sapin animé dans les quartiers',
    summary:
      "Un sapin animé fait vivre l'esprit de Noël dans tous les quartiers de la ville, avec les associations.",
  },
  {
    id: 'garges-jt',
    title: 'Le journal télévisé de la ville',
    summary: "Un journal vidéo hebdomadaire pour être au plus près de l'information municipale.",
  },
  {
    id: 'garges-paix',
    title: 'Les rencontres interconvictionnelles',
    summary:
      'Des rencontres entre les cultes et les associations pour le dialogue et la paix dans la ville.',
  },
  {
    id: 'cabourg-mecenat',
    title: 'Le mécénat pour le musée',
    summary:
      'Les entreprises et les habitants cofinancent le projet communal de musée par le mécénat.',
  },
  {
    id: 'dunkerque-global-schools',
    title: 'Des classes ouvertes sur le monde',
    summary:
      'Les écoles de la ville échangent avec des classes du monde entier sur le développement durable.',
  },
  {
    id: 'bordeaux-solidurable',
    title: 'La semaine solidaire et durable',
    summary:
      'Une semaine d’éducation au développement solidaire et durable dans les écoles et les centres sociaux.',
  },
  {
    id: 'marseille-moustiques',
    title: 'Des pièges à moustiques près des crèches',
    summary:
      'Un test de pièges à moustiques adultes aux abords d’une crèche municipale pour protéger les enfants.',
  },
  {
    id: 'dax-satellite',
    title: 'Le satellite au service du patrimoine',
    summary:
      "L'interférométrie radar par satellite surveille les mouvements du sol sous la voirie et les bâtiments.",
  },
  {
    id: 'loiret-cartographie',
    title: 'La cartographie des projets du mandat',
    summary:
      'Une carte interactive des projets du département, mise à jour par les services et ouverte aux habitants.',
  },
  {
    id: 'paris-habitants-architecture',
    title: 'Associer les habitants aux projets architecturaux',
    summary: 'Les habitants votent pour choisir les projets architecturaux de leur quartier.',
  },
  {
    id: 'albi-commerce',
    title: 'Dynamiser le commerce de centre-ville',
    summary:
      'La ville et ses commerçants s’engagent ensemble pour dynamiser le commerce du centre-ville.',
  },
  {
    id: 'cluny-entrepreneuriat',
    title: "Les petits déj' de l'entrepreneuriat",
    summary:
      'Des petits-déjeuners mensuels réunissent les entrepreneurs du territoire pour échanger.',
  },
  {
    id: 'rosny-eco-ecole',
    title: "L'éco-groupe scolaire",
    summary:
      'Un groupe scolaire à énergie positive, construit en bois, avec un jardin pédagogique.',
  },
  {
    id: 'grand-dax-gip-numerique',
    title: 'Un GIP pour la transition numérique',
    summary:
      "Un groupement d'intérêt public porte la transition numérique des communes de l'agglomération.",
  },
  {
    id: 'gard-solidarites',
    title: 'Le schéma des solidarités sociales',
    summary:
      "Le département coordonne l'action sociale avec les communes et les associations de solidarité.",
  },
  {
    id: 'poitiers-projet-administration',
    title: "Le projet d'administration",
    summary:
      "Un projet d'administration écrit avec les agents pour donner du sens à l'action publique.",
  },
  {
    id: 'grand-est-innovation',
    title: "Le concours d'innovation interne",
    summary:
      'Les agents de la région proposent leurs idées ; les meilleures sont mises en œuvre et récompensées.',
  },
  {
    id: 'jardins-partages-a',
    title: 'Des jardins partagés',
    summary: 'Des jardins partagés cultivés par les habitants au pied des immeubles.',
  },
  {
    id: 'jardins-partages-b',
    title: 'Des jardins partagés',
    summary: 'Des jardins partagés cultivés par les habitants au pied des immeubles.',
  },
];

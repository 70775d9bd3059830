import { OutputFileError, type ProtectedFile } from '@essaimage/core/node';

const PROTECTED: Readonly<Record<ProtectedFile, string>> = {
  database: 'la base ouverte',
  'database-log': 'le journal de la base ouverte',
  input: 'le fichier importé',
};

// What an operating-system error code means, in French, for the user who hit it.
const MEANING: Readonly<Record<string, string>> = {
  ENOENT: "ce fichier ou ce dossier n'existe pas",
  EISDIR: "c'est un dossier, pas un fichier",
  ENOTDIR: "un élément du chemin n'est pas un dossier",
  EACCES: "l'accès est refusé",
  EPERM: "l'opération n'est pas permise",
  ENOSPC: 'le disque est plein',
  EDQUOT: 'le quota de disque est atteint',
  EROFS: 'le système de fichiers est en lecture seule',
  EEXIST: 'ce fichier existe déjà',
  EMFILE: 'trop de fichiers sont ouverts',
  EBUSY: 'le fichier est occupé',
  ENAMETOOLONG: 'le nom du fichier est trop long',
  EINVAL: "l'opération est invalide pour ce fichier",
  EIO: "une erreur d'entrée-sortie s'est produite",
  EFBIG: 'le fichier est trop gros',
};

/** Whether an error is an operating-system error (it has an errno code such as ENOENT). */
function osCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/**
 * A French sentence for an error the user can act on: a refused output file, or an
 * operating-system error (a folder given as a file, a full disk...); undefined for any other
 * error (a bug, reported as such).
 */
export function describeFileError(command: string, error: unknown): string | undefined {
  if (error instanceof OutputFileError) {
    const what =
      error.code === 'protected'
        ? `c'est ${error.file ? PROTECTED[error.file] : 'un fichier lu'} : essaimage refuse de l'écraser`
        : error.code === 'no-folder'
          ? "son dossier n'existe pas"
          : "ce n'est pas un fichier ordinaire (un dossier, un périphérique...) : essaimage refuse de le remplacer";
    return `essaimage ${command} : ${error.path} : ${what}.`;
  }
  const code = osCode(error);
  if (code === undefined) return undefined;
  const path = (error as { path?: unknown }).path;
  const where = typeof path === 'string' ? `${path} : ` : '';
  return `essaimage ${command} : ${where}${MEANING[code] ?? "le système a refusé l'opération"} (${code}).`;
}

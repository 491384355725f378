// The snippet builder page: reads the form, shows the iframe code, copies it.
import { NETWORKS, type NetworkId } from '../domain/networks.ts';
import { buildSnippet, embedUrl, type SnippetOptions } from './snippet.ts';
import '../ui/css/theme-dsfr.css';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const networksBox = $('reseaux');
for (const n of NETWORKS) {
  const p = document.createElement('p');
  const input = document.createElement('input');
  Object.assign(input, { type: 'checkbox', id: `r-${n.id}`, value: n.id, checked: true });
  const label = document.createElement('label');
  label.htmlFor = input.id;
  label.textContent = ` ${n.label}`;
  p.append(input, label);
  networksBox.append(p);
}
// The map this page belongs to: the same folder.
const base = new URL('./', location.href).href;

function options(): SnippetOptions {
  const departement = $<HTMLInputElement>('departement').value.trim().toUpperCase();
  return {
    networks: NETWORKS.map((n) => n.id).filter((id) => $<HTMLInputElement>(`r-${id}`).checked) as NetworkId[],
    departement: /^(\d{2}|2[AB]|97[1-6])$/.test(departement) ? departement : null,
    filtersLocked: $<HTMLInputElement>('verrou').checked,
    panelOpen: $<HTMLInputElement>('panneau').checked,
    widthPx: Number($<HTMLInputElement>('largeur').value) || 800,
    heightPx: Number($<HTMLInputElement>('hauteur').value) || 600,
  };
}

function refresh() {
  const o = options();
  $<HTMLTextAreaElement>('code').value = buildSnippet(base, o);
  $<HTMLAnchorElement>('apercu').href = embedUrl(base, o);
}

$('choix').addEventListener('input', refresh);
$('copier').addEventListener('click', async () => {
  const code = $<HTMLTextAreaElement>('code');
  try {
    await navigator.clipboard.writeText(code.value);
    $('copie').textContent = 'Code copié.';
  } catch {
    code.select();
    $('copie').textContent = 'Sélectionnez le code et copiez-le (Ctrl + C).';
  }
});
refresh();

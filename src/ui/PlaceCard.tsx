// A place card: every field is text (never markup); details load on demand.
import { useEffect, useRef, useState } from 'preact/hooks';
import { DENSITY_CLASSES } from '../domain/density.ts';
import { networkById } from '../domain/networks.ts';
import type { Place, PlaceDetails } from '../domain/place.ts';
import { SIZE_BANDS } from '../domain/size-bands.ts';
import { formatCount, formatLabelDate } from './format.ts';
import { Marker } from './Marker.tsx';
import { DAY_IDS, dayLabel, formatOpenState, formatPeriods, openState, parseDayHours, timeZoneOf } from '../domain/hours.ts';


interface Props {
  place: Place;
  loadDetails: (place: Place) => Promise<Record<string, PlaceDetails>>;
  /** Routing site template with {lat} and {lon}. */
  directionsUrl: string;
  onClose: () => void;
  /** In the page's flow (above the list when the map cannot draw) rather than over the map. */
  inFlow?: boolean;
}

/** « Ouvert maintenant » or « Fermé maintenant », on the place's own clock; nothing when today's hours are not given. */
function OpenNow({ week, departementCode }: { week: readonly (string | null)[]; departementCode: string | null }) {
  const text = formatOpenState(openState(week, new Date(), timeZoneOf(departementCode)));
  return text ? <p class="open-now">{text}</p> : null;
}

/** A term whose value is a link to another site: its host name, opened in a new window. */
function LinkTerm({ term, href }: { term: string; href: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>
        <a href={href} target="_blank" rel="noopener noreferrer">
          {new URL(href).hostname}
          <span class="sr-only"> (nouvelle fenêtre)</span>
        </a>
      </dd>
    </>
  );
}

export function PlaceCard({ place, loadDetails, directionsUrl, onClose, inFlow = false }: Props) {
  const [details, setDetails] = useState<PlaceDetails | null | 'error'>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const network = networkById(place.network);
  useEffect(() => {
    setDetails(null);
    loadDetails(place).then((all) => setDetails(all[place.id] ?? 'error'), () => setDetails('error'));
    headingRef.current?.focus();
  }, [place.id]);
  const d = details && details !== 'error' ? details : null;
  return (
    <section class={`place-card${inFlow ? ' in-flow' : ''}`} aria-labelledby="fiche-titre" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <button type="button" class="close" onClick={onClose} aria-label="Fermer la fiche du lieu">
        ×
      </button>
      <p class="card-network">
        <Marker network={network} /> {network.singular}
      </p>
      <h2 id="fiche-titre" tabIndex={-1} ref={headingRef}>
        {place.name}
      </h2>
      <dl>
        {d?.address && (
          <>
            <dt>Adresse</dt>
            <dd>
              {d.address}
              {d.postalCode || place.communeName ? <br /> : null}
              {[d.postalCode, place.communeName].filter(Boolean).join(' ')}
            </dd>
          </>
        )}
        {!d?.address && (
          <>
            <dt>Commune</dt>
            <dd>
              {place.communeName ?? 'inconnue'}
              {place.departementCode ? ` (${place.departementCode})` : ''}
            </dd>
          </>
        )}
        {place.approximate && (
          <>
            <dt>Position</dt>
            <dd>approximative : centre de la commune (l’export ne donne pas de coordonnées)</dd>
          </>
        )}
        {d?.labelDate && (
          <>
            <dt>Labellisé le</dt>
            <dd>{formatLabelDate(d.labelDate)}</dd>
          </>
        )}
        {d?.kind && (
          <>
            <dt>Type</dt>
            <dd>{d.kind.replace(/_/g, ' ')}</dd>
          </>
        )}
        {d?.phone && (
          <>
            <dt>Téléphone</dt>
            <dd>
              <a href={`tel:${d.phone.replace(/[^\d+]/g, '')}`}>{d.phone}</a>
            </dd>
          </>
        )}
        {d?.email && /^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i.test(d.email) && (
          <>
            <dt>Courriel</dt>
            <dd>
              <a href={`mailto:${d.email}`}>{d.email}</a>
            </dd>
          </>
        )}
        {d?.appointment && (
          <>
            <dt>Sur rendez-vous</dt>
            <dd>{d.appointment}</dd>
          </>
        )}
        {d?.website && <LinkTerm term="Site" href={d.website} />}
        {d?.sourceUrl && <LinkTerm term="Source" href={d.sourceUrl} />}
        <dt>Commune</dt>
        <dd>
          {place.sizeBand ? SIZE_BANDS.find((b) => b.id === place.sizeBand)!.label.toLowerCase() : 'taille inconnue'}
          {d?.communePopulation ? ` (${formatCount(d.communePopulation)} hab.)` : ''}
          {place.densityClass ? ` · ${DENSITY_CLASSES[place.densityClass - 1]!.label}` : ''}
          {place.qpvCommune === true ? ' · comprend un QPV' : ''}
        </dd>
      </dl>
      {d?.hours && <OpenNow week={d.hours} departementCode={place.departementCode} />}
      {d?.hours && (
        <table class="hours">
          <caption>Horaires d’ouverture</caption>
          <tbody>
            {DAY_IDS.map((day, i) => (
              <tr key={day}>
                <th scope="row">{dayLabel(day)}</th>
                <td>{formatPeriods(parseDayHours(d.hours![i] ?? null))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {d?.comment && <p class="comment">{d.comment}</p>}
      <p>
        <a href={directionsUrl.replace('{lat}', String(place.lat)).replace('{lon}', String(place.lon))} target="_blank" rel="noopener noreferrer">
          Itinéraire vers ce lieu<span class="sr-only"> (site externe, nouvelle fenêtre)</span>
        </a>
      </p>
      {details === null && <p class="hint">Chargement des informations…</p>}
      {details === 'error' && <p class="note">Informations détaillées indisponibles.</p>}
    </section>
  );
}

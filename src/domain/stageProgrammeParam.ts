/**
 * The query parameter of a stage link that carries the programme. A file of its own: the tab's
 * first screen asks whether a page is such a link without carrying the programme's reading.
 */
export const STAGE_PROGRAMME_PARAM = 'programme';

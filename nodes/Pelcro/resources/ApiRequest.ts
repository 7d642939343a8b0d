import { apiRequestResource } from '../../shared/apiRequest';
import { pelcroPages } from '../PelcroProfile';

/** Any call below https://www.pelcro.com/api/v1/core (site_id is added to every one). */
export const apiRequest = apiRequestResource('Pelcro', pelcroPages);

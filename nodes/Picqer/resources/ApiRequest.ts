import { apiRequestResource } from '../../shared/apiRequest';
import { picqerPages } from '../PicqerProfile';

/** Any call below https://{subdomain}.picqer.com/api/v1: https://picqer.com/en/api */
export const apiRequest = apiRequestResource('Picqer', picqerPages);

import { apiRequestResource } from '../../shared/apiRequest';
import { precoroPages } from '../PrecoroProfile';

export const apiRequest = apiRequestResource('Precoro', precoroPages);
